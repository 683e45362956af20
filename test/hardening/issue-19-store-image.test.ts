// A store's image (its packed tables saved beside it) is a cache the next start reads instead of
// parsing the JSON file: used only for the very file it was made from, ignored when damaged, with
// the change log replayed over it, and never half-written. Driven through the real CLI and files.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../support/stub.ts';
import { serve, type Served } from './support/cli.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'facsimile.js');
/** Large enough that writing the image takes long enough to be caught mid-way. */
const USERS = 20_000;
/** A store file's modification time set by hand (whole seconds, so it can be set back exactly). */
const MTIME = 1_700_000_000;
const ALICE = '/triton/demo/users/alice';
/** Alice's company as seeded, and a same-length edit that keeps the file's size. */
const SEEDED = '"companyName":"Example Corp"';
const EDITED = '"companyName":"Exbmple Corp"';
const REQUESTS = [
  ALICE,
  '/triton/demo/users',
  '/scalingo/v1/users/self',
  '/scalr/api/iacp/v3/users?page%5Bsize%5D=20&page%5Bnumber%5D=7',
  '/scalingo-db/api/databases/my-db-123/users',
  '/computestacks/api/users',
];

let dir: string;
let seed: string;
let parsed: string[];
const running: Served[] = [];

async function answersOf(served: Served): Promise<string[]> {
  const answers: string[] = [];
  for (const path of REQUESTS) {
    const response = await fetch(`${served.url}${path}`, { headers: bearer() });
    answers.push(`${response.status} ${(await response.text()).replaceAll(served.url, '')}`);
  }
  return answers;
}

async function alice(served: Served): Promise<string> {
  return (await fetch(`${served.url}${ALICE}`, { headers: bearer() })).text();
}

async function started(db: string): Promise<Served> {
  const served = await serve(db, ['--log-level', 'warn']);
  running.push(served);
  return served;
}

/** Ends a server as a crash would: the store file is not rewritten, the change log stays. */
async function killed(served: Served): Promise<void> {
  served.child.kill('SIGKILL');
  await served.exited;
}

let copies = 0;
function freshStore(): string {
  copies += 1;
  const db = join(dir, `db-${copies}.json`);
  copyFileSync(seed, db);
  utimesSync(db, MTIME, MTIME);
  return db;
}

/** Changes the file's bytes in place and sets its modification time back: its identity unchanged. */
function editInPlace(db: string, from: string, to: string, mtime = MTIME): void {
  const text = readFileSync(db, 'utf8');
  expect(text).toContain(from);
  writeFileSync(db, text.replace(from, to), { flag: 'r+' });
  utimesSync(db, mtime, mtime);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facsimile-image-'));
  seed = join(dir, 'seed.json');
  const seeded = spawnSync(process.execPath, [BIN, 'reset', '--db', seed, '--users', `${USERS}`]);
  expect(seeded.status, seeded.stderr.toString()).toBe(0);
  // The answers of a start that parses the file (the image is removed before each such start).
  const served = await started(freshStore());
  parsed = await answersOf(served);
  await killed(served);
}, 120_000);

afterEach(async () => {
  for (const served of running.splice(0)) await killed(served);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a store image (issue 19)', () => {
  it('is saved by a start that parses the store, and the next start answers the same from it', async () => {
    const db = freshStore();
    await killed(await started(db));
    expect(existsSync(`${db}.image`)).toBe(true);
    editInPlace(db, SEEDED, EDITED);
    const served = await started(db);
    // The file now says otherwise, but names itself the same: this start read the image.
    expect(await alice(served)).toContain(SEEDED);
    expect(await answersOf(served)).toEqual(parsed);
  }, 60_000);

  it('is ignored once the store file changed, and saved again', async () => {
    const db = freshStore();
    await killed(await started(db));
    editInPlace(db, SEEDED, EDITED, MTIME + 1);
    const served = await started(db);
    expect(await alice(served)).toContain(EDITED);
    await killed(served);
    // The image now is of the edited file.
    editInPlace(db, EDITED, SEEDED, MTIME + 1);
    expect(await alice(await started(db))).toContain(EDITED);
  }, 60_000);

  it('is ignored when damaged', async () => {
    const db = freshStore();
    await killed(await started(db));
    const image = readFileSync(`${db}.image`);
    for (const at of [image.length - 5, 20, 3]) {
      const damaged = Buffer.from(image);
      damaged[at] = (damaged[at] as number) ^ 0xff;
      writeFileSync(`${db}.image`, damaged);
      editInPlace(db, SEEDED, EDITED);
      const served = await started(db);
      expect(await alice(served)).toContain(EDITED);
      expect(await answersOf(served)).not.toEqual(parsed);
      await killed(served);
      editInPlace(db, EDITED, SEEDED);
    }
    writeFileSync(`${db}.image`, image.subarray(0, image.length >> 1));
    expect(await answersOf(await started(db))).toEqual(parsed);
  }, 90_000);

  it('has the change log replayed over it', async () => {
    const db = freshStore();
    const first = await started(db);
    const login = 'imagelog';
    const created = await fetch(`${first.url}/triton/demo/users`, {
      method: 'POST',
      headers: { ...bearer(), 'content-type': 'application/json' },
      body: JSON.stringify({ login, email: `${login}@example.com`, password: 'secret-image-1' }),
    });
    expect(created.status).toBe(201);
    await killed(first);
    editInPlace(db, SEEDED, EDITED);
    const served = await started(db);
    expect(await alice(served)).toContain(SEEDED);
    const read = await fetch(`${served.url}/triton/demo/users/${login}`, { headers: bearer() });
    expect(read.status).toBe(200);
    expect(await read.text()).toContain(`${login}@example.com`);
  }, 60_000);

  it('killed while it is written, leaves no image and the next start saves it whole', async () => {
    const db = freshStore();
    const child = spawn(
      process.execPath,
      [BIN, 'serve', '--port', '0', '--no-api-ports', '--db', db],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 60_000;
    const writing = () => readdirSync(dir).some((name) => /\.image-[0-9a-f]+\.tmp$/.test(name));
    while (!writing() && Date.now() < deadline && child.exitCode === null) {
      /* polls as fast as it can: the write lasts a fraction of a second */
    }
    expect(writing()).toBe(true);
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(`${db}.image`)).toBe(false);
    await killed(await started(db));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    editInPlace(db, SEEDED, EDITED);
    const served = await started(db);
    expect(await answersOf(served)).toEqual(parsed);
  }, 90_000);
});

/** `facsimile reset` as a user runs it. */
function reset(db: string, users: number): void {
  const done = spawnSync(process.execPath, [BIN, 'reset', '--db', db, '--users', `${users}`]);
  expect(done.status, done.stderr.toString()).toBe(0);
}

/** The image file's own identity: a start that parsed the store would replace it (a new inode). */
function imageIdentity(db: string): string {
  const { ino, mtimeNs, size } = statSync(`${db}.image`, { bigint: true });
  return `${ino}/${mtimeNs}/${size}`;
}

describe('a reset (issue 19)', () => {
  it('saves the image of the file it wrote, which the first start uses and answers the same from', async () => {
    const db = join(dir, 'reset.json');
    reset(db, USERS);
    expect(existsSync(`${db}.image`)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const saved = imageIdentity(db);
    const served = await started(db);
    const fromImage = await answersOf(served);
    await killed(served);
    // Every table opened from its saved form, so the start had nothing to save again.
    expect(imageIdentity(db)).toBe(saved);
    // The same file without its image is parsed: the answers are the same.
    const copy = join(dir, 'reset-copy.json');
    copyFileSync(db, copy);
    expect(fromImage).toEqual(await answersOf(await started(copy)));
    expect(fromImage).toEqual(parsed);

    // A reset over it: the old image goes, and could not name the new file anyway.
    const stale = join(dir, 'stale.image');
    copyFileSync(`${db}.image`, stale);
    reset(db, 100);
    expect(existsSync(`${db}.image`)).toBe(false);
    copyFileSync(stale, `${db}.image`);
    const small = await started(db);
    expect(await answersOf(small)).not.toEqual(parsed);
    // The image of 20,000 users per API was not used: the file says 100.
    const users = await fetch(`${small.url}/triton/demo/users`, { headers: bearer() });
    expect(((await users.json()) as unknown[]).length).toBeLessThan(200);
  }, 120_000);

  it('of a small store writes no image', () => {
    const db = join(dir, 'small.json');
    reset(db, 100);
    expect(existsSync(db)).toBe(true);
    expect(existsSync(`${db}.image`)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('succeeds quietly when the image cannot be saved, and the store serves', async () => {
    const db = join(dir, 'uncached.json');
    // A directory where the image would go: it can be neither removed nor replaced.
    mkdirSync(join(`${db}.image`, 'inside'), { recursive: true });
    const done = spawnSync(process.execPath, [BIN, 'reset', '--db', db, '--users', `${USERS}`]);
    expect(done.status, done.stderr.toString()).toBe(0);
    // What any reset says, and no more.
    expect(done.stdout.toString()).toMatch(/^reset \S+ \(seed \d+, \d+ demo users per API\)\n$/);
    expect(done.stderr.toString()).not.toMatch(/error|warn|"level":[45]0/i);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await answersOf(await started(db))).toEqual(parsed);
  }, 120_000);
});
