import { appendFile, copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { startStub, type RunningStub } from '../../src/core/serving/server.ts';
import { ChangeLog } from '../../src/core/state/file/change-log.ts';
import { diskFiles, type StoreFiles } from '../../src/core/state/file/files.ts';
import { storeOnDisk } from '../support/store-on-disk.ts';
import { bearer, startTestStub, type TestStub } from '../support/stub.ts';

const stubs: (TestStub | RunningStub)[] = [];
const copies: string[] = [];
afterEach(async () => {
  for (const stub of stubs.splice(0)) await ('dispose' in stub ? stub.dispose() : stub.close());
  for (const dir of copies.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function started(): Promise<TestStub> {
  const stub = await startTestStub();
  stubs.push(stub);
  return stub;
}

/** A new process on a copy of the files as they are now: what a restart after a crash sees. */
async function restartedOn(file: string): Promise<RunningStub> {
  const dir = await mkdtemp(join(tmpdir(), 'facsimile-restart-'));
  copies.push(dir);
  const copy = join(dir, 'db.json');
  await copyFile(file, copy);
  await copyFile(`${file}.log`, `${copy}.log`);
  const stub = await startStub({ apis: allApis, db: copy, apiPorts: false });
  stubs.push(stub);
  return stub;
}

const create = (stub: TestStub, login: string) =>
  stub.call('triton', 'POST', '/demo/users', {
    headers: bearer(),
    body: { login, email: `${login}@example.com`, password: 'Logged-secret-7' },
  });

const readIfThere = (file: string) => readFile(file, 'utf8').catch(() => '');

const logins = async (file: string) =>
  (await storeOnDisk(file)).apis.triton as { users: { user: { login: string } }[] };

describe('the store’s change log', () => {
  it('appends a create instead of rewriting the file, and a restart replays it', async () => {
    const first = await started();
    const base = await readFile(first.dbFile, 'utf8');
    expect((await create(first, 'logged')).status).toBe(201);
    // Acknowledged: in the log, the store file itself untouched.
    expect(await readFile(first.dbFile, 'utf8')).toBe(base);
    const log = await readFile(`${first.dbFile}.log`, 'utf8');
    expect(
      log
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toMatchObject([
      {
        seq: 1,
        api: 'triton',
        rows: [{ table: 'users', row: { user: { login: 'logged' } } }],
      },
    ]);
    expect(log).not.toContain('Logged-secret-7');
    // A second process on the same files (what a crash and restart sees) serves it.
    const again = await restartedOn(first.dbFile);
    const answer = await fetch(`${again.urlOf('triton')}/demo/users/logged`, { headers: bearer() });
    expect(answer.status).toBe(200);
  });

  it('a clean stop of a small store writes everything into the file and empties the log', async () => {
    const first = await started();
    expect((await create(first, 'compacted')).status).toBe(201);
    await first.close();
    expect(await readIfThere(`${first.dbFile}.log`)).toBe('');
    const file = JSON.parse(await readFile(first.dbFile, 'utf8'));
    expect(file.meta.logSeq).toBe(1);
    expect(JSON.stringify(file.apis.triton)).toContain('"compacted"');
  });

  it('a clean stop after reads only leaves the file as it was, not rewritten', async () => {
    const first = await started();
    const before = await stat(first.dbFile);
    const list = await first.call('triton', 'GET', '/demo/users', { headers: bearer() });
    expect(list.status).toBe(200);
    await first.close();
    const after = await stat(first.dbFile);
    // A full write renames a new file over the old one: a new inode.
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('ignores a last line cut off by a crash', async () => {
    const first = await started();
    expect((await create(first, 'whole')).status).toBe(201);
    await appendFile(`${first.dbFile}.log`, '{"seq":2,"api":"triton","table":"users","op":"ins');
    const users = (await logins(first.dbFile)).users.map((row) => row.user.login);
    expect(users.filter((login) => login === 'whole')).toHaveLength(1);
    const again = await restartedOn(first.dbFile);
    const list = await fetch(`${again.urlOf('triton')}/demo/users`, { headers: bearer() });
    expect(JSON.stringify(await list.json())).toContain('"whole"');
  });

  it('never replays a change the file already holds (a crash between write and log reset)', async () => {
    const first = await started();
    expect((await create(first, 'once')).status).toBe(201);
    const logged = await readFile(`${first.dbFile}.log`, 'utf8');
    // A clean stop folds the log into the file, which then holds the create (logSeq 1).
    await first.close();
    expect(await readIfThere(`${first.dbFile}.log`)).toBe('');
    // As if the process died before emptying the log: the old line is still there.
    await appendFile(`${first.dbFile}.log`, logged);
    const users = (await logins(first.dbFile)).users.map((row) => row.user.login);
    expect(users.filter((login) => login === 'once')).toHaveLength(1);
  });

  it('refuses to start on a log whose store file is missing, naming the file (issue 18)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facsimile-stale-log-'));
    copies.push(dir);
    const db = join(dir, 'db.json');
    const logged = { seq: 1, api: 'triton', rows: [{ table: 'users', key: 'demo/ghost' }] };
    await appendFile(`${db}.log`, JSON.stringify(logged) + '\n');
    const refused = startStub({ apis: allApis, db, apiPorts: false });
    await expect(refused).rejects.toThrow(`${db} is missing but its change log ${db}.log is there`);
    // Nothing was seeded over it and the log is kept.
    expect(await readIfThere(db)).toBe('');
    expect(await readIfThere(`${db}.log`)).toBe(JSON.stringify(logged) + '\n');
  });

  it('a session’s writes never reach the log', async () => {
    const first = await started();
    const answer = await first.call('triton', 'POST', '/demo/users', {
      headers: { ...bearer(), 'x-facsimile-session': 'private' },
      body: { login: 'private', email: 'private@example.com', password: 'Session-secret-7' },
    });
    expect(answer.status).toBe(201);
    expect(await readIfThere(`${first.dbFile}.log`)).toBe('');
  });
});

describe('a start after a crash during a compaction (issue 11)', () => {
  it('replays the moved-aside log, then the new one, and folds both into the file', async () => {
    const first = await started();
    expect((await create(first, 'before')).status).toBe(201);
    await first.close();
    const dir = await mkdtemp(join(tmpdir(), 'facsimile-recover-'));
    copies.push(dir);
    const db = join(dir, 'db.json');
    await copyFile(first.dbFile, db);
    // As a compaction leaves it when killed mid-write: the old log moved aside, a new one begun.
    const row = (login: string, seq: number) =>
      JSON.stringify({
        seq,
        api: 'triton',
        rows: [
          {
            table: 'users',
            key: `demo/00000000-0000-4000-8000-00000000000${seq}`,
            row: {
              account: 'demo',
              passwordHash: 'x',
              roles: [],
              defaultRoles: [],
              user: {
                id: `00000000-0000-4000-8000-00000000000${seq}`,
                login,
                email: `${login}@example.com`,
                created: '2026-01-01T00:00:00.000Z',
                updated: '2026-01-01T00:00:00.000Z',
              },
            },
          },
        ],
      }) + '\n';
    await writeFile(`${db}.log.old`, row('moved', 2));
    await writeFile(`${db}.log`, row('fresh', 3));
    const stub = await startStub({ apis: allApis, db, apiPorts: false });
    stubs.push(stub);
    for (const login of ['before', 'moved', 'fresh']) {
      const answer = await fetch(`${stub.urlOf('triton')}/demo/users/${login}`, {
        headers: bearer(),
      });
      expect(answer.status, login).toBe(200);
    }
    // Recovered at start: the file holds everything and no log is left to replay twice.
    expect(await readIfThere(`${db}.log.old`)).toBe('');
    expect(await readIfThere(`${db}.log`)).toBe('');
    expect(JSON.stringify(JSON.parse(await readFile(db, 'utf8')).apis.triton)).toContain('"fresh"');
  });
});

describe('a start after a crash during a full write (issue 11)', () => {
  it('removes the temporary file the write left, keeping the store', async () => {
    const first = await started();
    expect((await create(first, 'kept')).status).toBe(201);
    await first.close();
    const dir = await mkdtemp(join(tmpdir(), 'facsimile-stale-tmp-'));
    copies.push(dir);
    const db = join(dir, 'db.json');
    await copyFile(first.dbFile, db);
    const stale = join(dir, '.db.json.0123456789ab.tmp');
    await writeFile(stale, '{"meta":');
    const stub = await startStub({ apis: allApis, db, apiPorts: false });
    stubs.push(stub);
    expect(await readIfThere(stale)).toBe('');
    const answer = await fetch(`${stub.urlOf('triton')}/demo/users/kept`, { headers: bearer() });
    expect(answer.status).toBe(200);
  });
});

describe('a log write the disk refuses (issue 18)', () => {
  it('is cut back off the log, on the next append when the disk refused the cut too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facsimile-refused-'));
    copies.push(dir);
    const db = join(dir, 'db.json');
    let failNext = 0;
    // The write lands whole, then its sync and the cut back both fail once.
    const files: StoreFiles = {
      ...diskFiles,
      open: async (path, flags) => {
        const file = await diskFiles.open(path, flags);
        return {
          ...file,
          datasync: async () => {
            if (failNext-- > 0) throw Object.assign(new Error('injected'), { code: 'EIO' });
            return file.datasync();
          },
        };
      },
      truncate: async (path, length) => {
        if (failNext-- > 0) throw Object.assign(new Error('injected'), { code: 'EIO' });
        return diskFiles.truncate(path, length);
      },
    };
    const log = new ChangeLog(db, files);
    const entry = (seq: number) => ({ seq, api: 'triton', reset: true as const });
    await log.append(entry(1));
    failNext = 2;
    await expect(log.append(entry(2))).rejects.toThrow('injected');
    // The refused line is still there: the disk would not cut it.
    expect(await readFile(`${db}.log`, 'utf8')).toContain('"seq":2');
    await log.append(entry(3));
    const seqs = (await new ChangeLog(db).read(0)).entries.map((logged) => logged.seq);
    expect(seqs).toEqual([1, 3]);
  });
});
