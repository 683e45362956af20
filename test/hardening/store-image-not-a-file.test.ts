// Whatever sits at a store's image path that is not a regular file (a named pipe, a folder) is not
// an image: the start reads the store file and serves, rather than waiting on it for ever.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser, serve, userStatus, type Served } from './support/cli.ts';

let dir: string;
const running: Served[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facsimile-image-kind-'));
});

afterEach(async () => {
  for (const served of running.splice(0)) {
    served.child.kill('SIGKILL');
    await served.exited;
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function started(db: string): Promise<Served> {
  const served = await serve(db, ['--log-level', 'warn']);
  running.push(served);
  return served;
}

describe('a store image path that holds no file', () => {
  for (const [kind, place] of [
    ['a named pipe', (path: string) => execFileSync('mkfifo', [path])],
    ['a folder', (path: string) => mkdirSync(path)],
  ] as const)
    it(`(${kind}) leaves the start to read the store file`, async () => {
      const db = join(dir, `${kind.replaceAll(' ', '-')}.json`);
      const first = await started(db);
      expect(await createUser(first, 'beforeimage')).toBe(201);
      first.child.kill('SIGTERM');
      await first.exited;
      running.splice(0);
      place(`${db}.image`);
      const again = await started(db);
      expect(await userStatus(again, 'beforeimage')).toBe(200);
    }, 40_000);
});
