import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, runCli, tempDir } from '../cli/support.ts';
import { createUser as create, serve, userStatus as status, type Served } from './support/cli.ts';

// Driven as an outside probe would: the real CLI, kill -9, byte-level damage to the files.

const running: Served[] = [];
afterEach(async () => {
  for (const served of running.splice(0)) served.child.kill('SIGKILL');
  await cleanUp();
});

async function started(db: string): Promise<Served> {
  const served = await serve(db, ['--users', '2']);
  running.push(served);
  return served;
}

async function killed(served: Served): Promise<void> {
  served.child.kill('SIGKILL');
  expect(await served.exited).toBe('SIGKILL');
}

/** A store with `logins` created and acknowledged, then killed: the log holds one line each. */
async function killedStoreWith(logins: string[]): Promise<string> {
  const db = join(await tempDir(), 'db.json');
  const served = await started(db);
  for (const login of logins) expect(await create(served, login)).toBe(201);
  await killed(served);
  return db;
}

/** A start that must refuse: its exit code and everything it printed. */
async function refusedStart(db: string): Promise<{ code: unknown; output: string }> {
  const cli = await runCli(['serve', '--port', '0', '--no-api-ports', '--db', db]);
  const code = await cli.exited;
  return { code, output: cli.stdout() + cli.stderr() };
}

const tenLogins = Array.from({ length: 10 }, (_, n) => `line${n + 1}`);

describe('a torn last line of the change log (issue 18, item 1)', () => {
  it('is cut off at start, so writes after it survive the next kill -9', async () => {
    const db = await killedStoreWith(['before1', 'before2']);
    const log = await readFile(`${db}.log`);
    await truncate(`${db}.log`, log.length - 20);

    const second = await started(db);
    expect(second.output()).toMatch(/db\.json\.log: line 2 \(\d+ bytes\) was cut off by a crash/);
    expect(await status(second, 'before1')).toBe(200);
    expect(await create(second, 'after1')).toBe(201);
    expect(await status(second, 'after1')).toBe(200);
    await killed(second);

    const third = await started(db);
    expect(await status(third, 'before1')).toBe(200);
    expect(await status(third, 'after1')).toBe(200);
  }, 60_000);
});

describe('a damaged line before the last one (issue 18, item 3)', () => {
  it.each([
    ['a flipped byte', (line: string) => line.replace('{', '[')],
    ['a blank line', () => ''],
  ])(
    'with %s refuses the start naming file and line; `facsimile repair` cuts it and what follows',
    async (_, damage) => {
      const db = await killedStoreWith(tenLogins);
      const lines = (await readFile(`${db}.log`, 'utf8')).split('\n');
      lines[4] = damage(lines[4]!);
      const damaged = lines.join('\n');
      await writeFile(`${db}.log`, damaged);

      const refused = await refusedStart(db);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(`${db}.log is damaged at line 5 (5 more lines after it)`);
      expect(refused.output).toContain(`facsimile repair --db ${db}`);
      expect(refused.output).not.toMatch(/^\s+at /m);
      // Refusing changed nothing on disk.
      expect(await readFile(`${db}.log`, 'utf8')).toBe(damaged);

      const repair = await runCli(['repair', '--db', db]);
      expect(await repair.exited).toBe(0);
      expect(repair.stdout()).toContain(
        `${db}.log: dropping line 5 and after (6 lines, ${Buffer.byteLength(lines.slice(4).join('\n'))} bytes), kept in ${db}.log.cut`,
      );
      expect(await readFile(`${db}.log.cut`, 'utf8')).toBe(lines.slice(4).join('\n'));

      const repaired = await started(db);
      for (const login of tenLogins.slice(0, 4)) expect(await status(repaired, login)).toBe(200);
      for (const login of tenLogins.slice(4)) expect(await status(repaired, login)).toBe(404);
      expect(await create(repaired, 'afterrepair')).toBe(201);
      await killed(repaired);
      const again = await started(db);
      expect(await status(again, 'afterrepair')).toBe(200);
    },
    60_000,
  );

  it('`facsimile repair` on a whole log says so and changes nothing', async () => {
    const db = await killedStoreWith(['whole']);
    const before = await readFile(`${db}.log`, 'utf8');
    const repair = await runCli(['repair', '--db', db]);
    expect(await repair.exited).toBe(0);
    expect(repair.stdout()).toContain(`nothing to repair: the change log of ${db} is whole`);
    expect(await readFile(`${db}.log`, 'utf8')).toBe(before);
  }, 30_000);
});

describe('a store file missing beside its change log (issue 18, item 4)', () => {
  it('refuses to start, naming the missing file, and keeps the log', async () => {
    const db = await killedStoreWith(['keptinlog']);
    const log = await readFile(`${db}.log`, 'utf8');
    await rm(db);
    const refused = await refusedStart(db);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`${db} is missing but its change log ${db}.log is there`);
    expect(await readFile(`${db}.log`, 'utf8')).toBe(log);
    await expect(readFile(db)).rejects.toThrow(/ENOENT/);
  }, 30_000);
});

describe('a store file that does not parse (issue 18, item 8)', () => {
  it('refuses to start with the store’s path, not a bare parser message', async () => {
    const db = await killedStoreWith(['kept']);
    const text = await readFile(db, 'utf8');
    await writeFile(db, text.slice(0, text.length / 2));
    const refused = await refusedStart(db);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(
      new RegExp(
        `error: facsimile could not start: ${db} is not a store facsimile can read \\(.+\\): put back a good copy`,
      ),
    );
    expect(refused.output).not.toMatch(/\.tmp|^\s+at /m);
  }, 30_000);
});

describe('two processes on one store (issue 18, item 6)', () => {
  it('the second refuses in one line naming the first; a kill -9 lets the next one start', async () => {
    const db = join(await tempDir(), 'db.json');
    const first = await started(db);
    expect(await create(first, 'firstowner')).toBe(201);

    const refused = await refusedStart(db);
    expect(refused.code).toBe(1);
    const errors = refused.output.split('\n').filter((line) => line.includes('error'));
    expect(errors).toEqual([
      `error: facsimile could not start: ${db} is in use by another facsimile (pid ${first.child.pid}): stop it first, or give this one another --db`,
    ]);
    // The first one is untouched and still serving.
    expect(await create(first, 'stillfirst')).toBe(201);

    await killed(first);
    const next = await started(db);
    expect(await status(next, 'firstowner')).toBe(200);
    expect(await status(next, 'stillfirst')).toBe(200);
  }, 60_000);

  it('`facsimile reset` and `facsimile repair` refuse a store in use', async () => {
    const db = join(await tempDir(), 'db.json');
    const first = await started(db);
    for (const command of ['reset', 'repair']) {
      const cli = await runCli([command, '--db', db]);
      expect(await cli.exited).toBe(1);
      expect(cli.stderr()).toContain(`is in use by another facsimile (pid ${first.child.pid})`);
    }
    expect(await create(first, 'untouched')).toBe(201);
  }, 60_000);
});
