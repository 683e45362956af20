import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, tempDir } from '../cli/support.ts';
import { createUser as create, serve, userStatus as status, type Served } from './support/cli.ts';

// The real CLI stopped by SIGTERM, as a process manager or Ctrl-C stops it (issue 19).

const running: Served[] = [];
afterEach(async () => {
  for (const served of running.splice(0)) served.child.kill('SIGKILL');
  await cleanUp();
});

/**
 * 200 users per API make a store file of a few hundred KB, and `--compact-after 64`
 * makes it one too large to rewrite at a stop, as a 354 MB one is; the few
 * creates here stay well below that log size, so no compaction runs.
 */
async function started(db: string): Promise<Served> {
  const served = await serve(db, ['--users', '200', '--compact-after', '64']);
  running.push(served);
  return served;
}

/** A full write renames a new file over the store: another inode, another mtime. */
async function identity(file: string): Promise<string> {
  const info = await stat(file);
  return `${info.ino}:${info.mtimeMs}`;
}

describe('SIGTERM on a store too large to rewrite at a stop (issue 19)', () => {
  it('exits without rewriting the store file; the restart has every change from the log', async () => {
    const db = join(await tempDir(), 'db.json');
    const first = await started(db);
    const before = await identity(db);
    const logins = ['term1', 'term2', 'term3'];
    for (const login of logins) expect(await create(first, login)).toBe(201);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(await identity(db)).toBe(before);
    const log = await readFile(`${db}.log`, 'utf8');
    for (const login of logins) expect(log).toContain(`"${login}"`);

    const second = await started(db);
    expect(await identity(db)).toBe(before);
    for (const login of logins) expect(await status(second, login)).toBe(200);
    // The log goes on from there: a change after the restart survives kill -9 too.
    expect(await create(second, 'term4')).toBe(201);
    second.child.kill('SIGKILL');
    expect(await second.exited).toBe('SIGKILL');

    const third = await started(db);
    for (const login of [...logins, 'term4']) expect(await status(third, login)).toBe(200);
  }, 60_000);
});
