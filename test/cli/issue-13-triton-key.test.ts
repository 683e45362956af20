// Issue 13: `facsimile serve --triton-key PATH` (repeatable, or `triton-key` in the
// configuration file) names public keys whose CloudAPI signatures Triton accepts.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeKey, signedHeaders, type TestKey } from '../apis/triton/support.ts';
import { call } from '../support/stub.ts';
import { cleanUp, runCli, serveCli, tempDir } from './support.ts';

afterEach(cleanUp);

/** Each test starts the command, which loads the sources: many seconds on a busy machine. */
const SLOW_START = 60_000;

async function keyFile(dir: string, name: string, key: TestKey): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, key.publicLine);
  return file;
}

const listAs = (url: string, key: TestKey) =>
  call(`${url}/triton/demo/users`, 'GET', {
    headers: signedHeaders('GET', '/triton/demo/users', key),
  });

describe('facsimile serve --triton-key (issue 13)', () => {
  it(
    'trusts every key given, and only those (with an empty ~/.ssh)',
    async () => {
      const dir = await tempDir();
      const [first, second, stranger] = [makeKey(), makeKey('ed25519'), makeKey()];
      const serve = await serveCli(
        [
          '--in-memory',
          '--api',
          'triton',
          '--no-api-ports',
          '--triton-key',
          await keyFile(dir, 'first.pub', first),
          '--triton-key',
          await keyFile(dir, 'second.pub', second),
        ],
        { env: { HOME: dir } },
      );
      expect((await listAs(serve.url, first)).status).toBe(200);
      expect((await listAs(serve.url, second)).status).toBe(200);
      expect(await listAs(serve.url, stranger)).toMatchObject({
        status: 401,
        body: { code: 'InvalidCredentials', message: 'Invalid authorization credentials supplied' },
      });
    },
    SLOW_START,
  );

  it(
    'reads triton-key from the configuration file',
    async () => {
      const dir = await tempDir();
      const key = makeKey();
      const file = await keyFile(dir, 'config-key.pub', key);
      await writeFile(join(dir, 'facsimile.config.yaml'), `triton-key:\n  - ${file}\n`);
      const serve = await serveCli(['--in-memory', '--api', 'triton', '--no-api-ports'], {
        cwd: dir,
        env: { HOME: dir },
      });
      expect((await listAs(serve.url, key)).status).toBe(200);
    },
    SLOW_START,
  );

  it(
    'refuses to start on a key file it cannot read, naming it',
    async () => {
      const dir = await tempDir();
      const missing = join(dir, 'missing.pub');
      const cli = await runCli(['serve', '--in-memory', '--port', '0', '--triton-key', missing]);
      expect(await cli.exited).not.toBe(0);
      expect(cli.stderr()).toContain(`cannot read the Triton key ${missing}: ENOENT`);
      expect(cli.stderr()).not.toMatch(/^\s+at /m);
    },
    SLOW_START,
  );
});
