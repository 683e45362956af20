// Issue 24: the prepared demo store the build ships (dist/prepared/store.json) is only a
// shortcut for seeding. When that file is damaged (cut short, or valid JSON with other data),
// a fresh serve and an in-memory stub must seed the demo data themselves, never refuse to
// start over a store the user never had, answer 500, or serve the altered records.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, DEFAULT_USERS } from '../../src/core/defaults.ts';
import { packageCopy } from './package-copy.ts';
import { cleanUp, runCli, serveCli, tempDir } from './support.ts';

const run = promisify(execFile);
const AUTH = { authorization: 'Bearer facsimile-demo' };

afterEach(cleanUp);

/** Rewrites the prepared store in place, keeping it as recent as the build made it. */
const rewritten = (change: (text: string) => string) => async (prepared: string) =>
  writeFile(prepared, change(await readFile(prepared, 'utf8')));

const cutShort = rewritten((text) => text.slice(0, 5_000));
const withoutScalingoUsers = rewritten((text) => {
  const store = JSON.parse(text) as { apis: Record<string, unknown> };
  store.apis['scalingo'] = {};
  return JSON.stringify(store);
});
const aFolder = async (prepared: string) => {
  await rm(prepared);
  await mkdir(prepared);
};

/** `serve` from the copy on a fresh folder: the status of Scalingo's demo user, and the store. */
async function servedFresh(root: string): Promise<{ status: number; store: string; log: string }> {
  const db = join(await tempDir(), 'state', 'db.json');
  const cli = await serveCli(['--no-api-ports', '--db', db, '--log-level', 'debug'], {
    node: [join(root, 'bin', 'facsimile.js')],
  });
  const answer = await fetch(`${cli.url}/scalingo/v1/users/self`, { headers: AUTH });
  cli.child.kill('SIGTERM');
  expect(await cli.exited).toBe(0);
  return { status: answer.status, store: await readFile(db, 'utf8'), log: cli.stderr() };
}

describe('a damaged prepared demo store (issue 24)', () => {
  for (const [name, change] of [
    ['cut short', cutShort],
    ['valid JSON with other data', withoutScalingoUsers],
    ['a folder in its place', aFolder],
  ] as const) {
    it(`${name}: a fresh serve seeds the demo data itself`, async () => {
      const { root, prepared } = await packageCopy();
      await change(prepared);
      const served = await servedFresh(root);
      expect(served.log).not.toMatch(/prepared demo store/);
      expect(served.status).toBe(200);
      const store = JSON.parse(served.store) as { meta: object; apis: Record<string, object> };
      expect(store.meta).toMatchObject({ seed: DEFAULT_SEED, users: DEFAULT_USERS });
      expect(Object.keys(store.apis['scalingo']!)).not.toHaveLength(0);
    }, 60_000);
  }

  it('cut short: an in-memory stub answers its first request from seeded data, not 500', async () => {
    const { root, prepared } = await packageCopy();
    await cutShort(prepared);
    const entry = pathToFileURL(join(root, 'dist', 'index.js')).href;
    const script = `
      const { startStub, allApis } = await import(${JSON.stringify(entry)});
      const stub = await startStub({ apis: allApis });
      const answer = await fetch(stub.urlOf('scalingo') + '/v1/users/self', {
        headers: ${JSON.stringify(AUTH)},
      });
      console.log(answer.status);
      await stub.close();`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: await tempDir(),
      timeout: 30_000,
    });
    expect(stdout.trim()).toBe('200');
  }, 60_000);

  it('the copy itself is sound: its undamaged prepared store serves', async () => {
    const { root } = await packageCopy();
    const served = await servedFresh(root);
    expect(served.log).toMatch(/starts from the prepared demo store/);
    expect(served.status).toBe(200);
    const help = await runCli(['--help'], { node: [join(root, 'bin', 'facsimile.js')] });
    expect(await help.exited).toBe(0);
  }, 60_000);
});
