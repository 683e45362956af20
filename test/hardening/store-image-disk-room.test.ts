// A store image is a cache: on a disk with room for the store and the copy a compaction writes,
// but not for an image besides, the start writes no image and the compaction still runs. (A
// real tmpfs, mounted for the test: root only, skipped without it except under CI=true.)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, serve, userStatus } from './support/cli.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'facsimile.js');
let dir: string;
let disk: string | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facsimile-image-room-'));
  const mountPoint = join(dir, 'disk');
  execFileSync('mkdir', [mountPoint]);
  // 20,000 users per API make a store of about 70 MB, its image about 65 MB.
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=150m', 'tmpfs', mountPoint]);
  if (mounted.status === 0) disk = mountPoint;
  else if (process.env.CI === 'true') throw new Error('mounting a tmpfs needs root');
}, 60_000);

afterAll(async () => {
  if (disk) execFileSync('umount', ['-l', disk]);
  await rm(dir, { recursive: true, force: true });
});

describe('a store image on a disk without room for it', () => {
  it('is not written, so a compaction has the room it needs', async (context) => {
    if (!disk) return context.skip();
    const seeded = join(dir, 'seed.json');
    const made = spawnSync(process.execPath, [BIN, 'reset', '--db', seeded, '--users', '20000']);
    expect(made.status, made.stderr.toString()).toBe(0);
    const db = join(disk, 'db.json');
    copyFileSync(seeded, db);
    const bytes = statSync(db).size;

    const served = await serve(db, ['--log-level', 'warn', '--compact-after', '1']);
    try {
      expect(existsSync(`${db}.image`)).toBe(false);
      // More than the 1 KB of log that starts a compaction.
      for (const login of ['afterstart', 'second', 'third', 'fourth', 'fifth'])
        expect(await createUser(served, login)).toBe(201);
      const deadline = Date.now() + 30_000;
      while (statSync(db).size === bytes && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 200));
      expect(statSync(db).size).not.toBe(bytes);
      expect(await userStatus(served, 'afterstart')).toBe(200);
    } finally {
      served.child.kill('SIGKILL');
      await served.exited;
    }
  }, 120_000);

  it('is not left by a reset that filled the disk with it', async (context) => {
    if (!disk) return context.skip();
    for (const name of readdirSync(disk)) rmSync(join(disk, name), { recursive: true });
    const db = join(disk, 'fresh.json');
    const made = spawnSync(process.execPath, [BIN, 'reset', '--db', db, '--users', '20000']);
    expect(made.status, made.stderr.toString()).toBe(0);
    expect(statSync(db).size).toBeGreaterThan(60_000_000);
    expect(readdirSync(disk)).toEqual(['fresh.json']);
  }, 120_000);
});
