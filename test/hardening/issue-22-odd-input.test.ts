import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES } from '../../src/core/specs/spec-files.ts';
import { cleanUp, runCli, tempDir } from '../cli/support.ts';
import { rawRequest } from '../support/raw-request.ts';
import { call, startTestStub, type TestStub } from '../support/stub.ts';

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub();
});
afterAll(() => stub?.dispose());
afterEach(cleanUp);

describe('issue 22 (8): odd input gets a clear 4xx or a clear CLI line, never a 500 or a stack', () => {
  it.each(['port: &a [x, *a]', 'db: &a [x, *a]', 'api: &a [x, *a]', 'api-port: &a {x: *a}'])(
    'a YAML alias cycle as an option value (%s)',
    async (line) => {
      const cwd = await tempDir();
      await writeFile(join(cwd, 'cycle.yaml'), `${line}\n`);
      const cli = await runCli(['serve', '--port', '0', '--config', 'cycle.yaml'], { cwd });
      expect(await cli.exited).not.toBe(0);
      expect(cli.stderr()).toMatch(/^error: cycle\.yaml:1: ".+": .+/m);
      expect(cli.stderr()).not.toMatch(/TypeError|^\s+at /m);
      expect(cli.stdout()).not.toContain('facsimile is serving');
    },
    60_000,
  );

  it.each([[{ toString: 1 }], [{ valueOf: 'x', toString: 'y' }], [[1, 2]], [{ deep: { x: 1 } }]])(
    'provider-state params that are not text (%j)',
    async (count: unknown) => {
      const answer = await call(`${stub.url}/__facsimile/provider-states`, 'POST', {
        body: { state: 'at least 3 Scalr users', params: { count } },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(/params\/count/);
    },
  );

  it('provider-state params that are text, numbers or booleans still work', async () => {
    const answer = await call(`${stub.url}/__facsimile/provider-states`, 'POST', {
      body: { state: 'at least 3 Scalr users', params: { count: 4, note: 'x', on: true } },
    });
    expect(answer.status).toBe(200);
  });

  it.each(API_NAMES)('GET * (asterisk-form) on the %s port is a 404 in its format', async (api) => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const answer = await rawRequest(stub.rootUrlOf(api)!, '*', { method });
      expect(answer.status, method).toBe(404);
      expect(answer.text).not.toMatch(/Internal|no handler/i);
      expect(() => JSON.parse(answer.text)).not.toThrow();
    }
  });
});
