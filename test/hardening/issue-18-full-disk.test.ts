import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmdirSync, statfsSync } from 'node:fs';
import { rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, runCli, tempDir } from '../cli/support.ts';
import { bearer } from '../support/stub.ts';
import { serve, type Served } from './support/cli.ts';

// A real small disk: a tmpfs mounted for the test (root only), filled up or remounted read-only.

function canMount(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'facsimile-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmdirSync(probe);
  }
}

const MOUNTABLE = canMount();
if (!MOUNTABLE && !process.env.CI)
  console.warn('issue-18-full-disk: skipped, mounting a tmpfs needs root (it runs under CI=true)');

const running: Served[] = [];
const mounted: string[] = [];
afterEach(async () => {
  for (const served of running.splice(0)) served.child.kill('SIGKILL');
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const dir of mounted.splice(0)) execFileSync('umount', ['-l', dir]);
  await cleanUp();
});

async function smallDisk(kilobytes: number): Promise<string> {
  const dir = await tempDir();
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

const remount = (dir: string, mode: 'ro' | 'rw') =>
  execFileSync('mount', ['-o', `remount,${mode}`, dir]);

async function started(db: string, args: string[] = []): Promise<Served> {
  const served = await serve(db, ['--users', '2', ...args]);
  running.push(served);
  return served;
}

async function killed(served: Served): Promise<void> {
  served.child.kill('SIGKILL');
  expect(await served.exited).toBe('SIGKILL');
}

async function create(served: Served, login: string) {
  const answer = await fetch(`${served.url}/triton/demo/users`, {
    method: 'POST',
    headers: { ...bearer(), 'content-type': 'application/json' },
    body: JSON.stringify({ login, email: `${login}@example.com`, password: `secret-${login}-1` }),
  });
  return { status: answer.status, text: await answer.text() };
}

async function status(served: Served, login: string): Promise<number> {
  return (await fetch(`${served.url}/triton/demo/users/${login}`, { headers: bearer() })).status;
}

async function admin(served: Served, method: string, path: string) {
  const answer = await fetch(`${served.url}/__facsimile${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: method === 'GET' ? undefined : '{}',
  });
  return { status: answer.status, body: (await answer.json()) as { error?: string } };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A start that must fail: its one error line. */
async function refusedStart(db: string): Promise<string> {
  const cli = await runCli(['serve', '--port', '0', '--no-api-ports', '--db', db]);
  expect(await cli.exited).toBe(1);
  expect(cli.stderr()).not.toMatch(/\.tmp|^\s+at /m);
  expect(cli.stderr()).toMatch(/^error: facsimile could not start: /);
  return cli.stderr();
}

/** Creates `login`, filing it under acknowledged (201) or refused (503, in CloudAPI's format). */
async function tally(served: Served, login: string, acked: string[], refused: string[]) {
  const answer = await create(served, login);
  if (answer.status === 201) return acked.push(login);
  expect(answer.status, answer.text).toBe(503);
  expect(JSON.parse(answer.text)).toMatchObject({ code: expect.any(String) });
  expect(answer.text).toContain('ENOSPC');
  refused.push(login);
}

describe.skipIf(!MOUNTABLE && !process.env.CI)('a store on a small disk (issue 18)', () => {
  it('item 2: compactions failing on a full disk lose no acknowledged write, and resume once there is room', async () => {
    const dir = await smallDisk(1024);
    const db = join(dir, 'db.json');
    const first = await started(db, ['--compact-after', '2']);
    // Room for change log lines, not for a second copy of the store file.
    const room = statfsSync(dir);
    await writeFile(join(dir, 'filler'), Buffer.alloc(room.bavail * room.bsize - 12 * 1024));
    const acked: string[] = [];
    const refused: string[] = [];
    // Past each retry's back-off (1 s, 2 s), still full: a retry must not lose the moved-aside log.
    for (const wait of [0, 1_100, 2_100]) {
      await pause(wait);
      for (let n = 0; n < 14; n += 1) await tally(first, `full${wait}n${n}`, acked, refused);
    }
    const failures = first
      .output()
      .match(/compacting \S+ failed \(ENOSPC\)[^"]*trying again in \d+ s/g);
    expect(failures?.length, 'compactions failed, and were tried again').toBeGreaterThanOrEqual(2);
    expect(acked.length).toBeGreaterThan(10);
    expect(refused.length).toBeGreaterThan(0);

    // A failed snapshot save leaves no folder behind and says what failed.
    const snapshot = await admin(first, 'PUT', '/snapshots/full');
    expect(snapshot.status).toBe(503);
    expect(snapshot.body.error).toBe(
      'facsimile could not store snapshot "full" (ENOSPC); nothing was changed',
    );
    expect(existsSync(join(dir, 'snapshots', 'full'))).toBe(false);
    await killed(first);

    // Still full: a start refuses, saying what it could not write (never a temp file's name).
    expect(existsSync(`${db}.log.old`), 'the failed compaction kept it').toBe(true);
    expect(await refusedStart(db)).toContain(`could not create ${db}.lock (ENOSPC)`);
    // Room for the lock, not for folding the moved-aside log into a new store file.
    const filler = join(dir, 'filler');
    await truncate(filler, (await stat(filler)).size - 8 * 1024);
    expect(await refusedStart(db)).toContain(
      `could not write ${db} (ENOSPC), which this start must do to fold in its change log`,
    );

    // Room is made, and the next start has every acknowledged write and none of the refused ones.
    await rm(join(dir, 'filler'));
    const second = await started(db);
    for (const login of acked) expect(await status(second, login), login).toBe(200);
    for (const login of refused) expect(await status(second, login), login).toBe(404);
    expect(existsSync(`${db}.log.old`), 'the start folded the moved-aside log in').toBe(false);
    expect((await create(second, 'afterroom')).status).toBe(201);
  }, 120_000);

  it('items 5 and 8: a reset, restore or write a read-only disk refuses changes nothing; a read-only store starts with a warning', async () => {
    const dir = await smallDisk(4096);
    const db = join(dir, 'db.json');
    const first = await started(db);
    expect((await create(first, 'keep')).status).toBe(201);
    expect((await admin(first, 'PUT', '/snapshots/before')).status).toBe(201);
    expect((await create(first, 'later')).status).toBe(201);

    remount(dir, 'ro');
    const reset = await admin(first, 'POST', '/reset');
    expect(reset.status).toBe(503);
    expect(reset.body.error).toBe(
      'facsimile could not store the reset (EROFS); nothing was changed',
    );
    expect(await status(first, 'later')).toBe(200);
    const restore = await admin(first, 'POST', '/snapshots/before/restore');
    expect(restore.status).toBe(503);
    expect(restore.body.error).toBe(
      'facsimile could not store the restore (EROFS); nothing was changed',
    );
    expect(await status(first, 'later')).toBe(200);
    expect((await create(first, 'refused')).status).toBe(503);
    expect(await status(first, 'refused')).toBe(404);
    await killed(first);

    // Still read-only: the next start serves what is stored, and says writes will be refused.
    const readOnly = await started(db);
    expect(readOnly.output()).toContain('cannot be written (EROFS)');
    expect(await status(readOnly, 'later')).toBe(200);
    await killed(readOnly);

    remount(dir, 'rw');
    const third = await started(db);
    for (const login of ['keep', 'later']) expect(await status(third, login), login).toBe(200);
    expect(await status(third, 'refused')).toBe(404);
    // Once writable, the same calls work.
    expect((await admin(third, 'POST', '/snapshots/before/restore')).status).toBe(200);
    expect(await status(third, 'later')).toBe(404);
    expect(await status(third, 'keep')).toBe(200);
  }, 120_000);
});
