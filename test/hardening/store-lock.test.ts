import { spawn, type ChildProcess } from 'node:child_process';
import { lstat, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { startStub } from '../../src/core/serving/server.ts';
import { cleanUp, runCli, tempDir } from '../cli/support.ts';
import { bearer, startTestStub, type TestStub } from '../support/stub.ts';
import { serve, type Served } from './support/cli.ts';

// The store lock as an outside probe meets it: the real CLI, kill -9, symlinks, a reused pid.

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'facsimile.js');
const SERVE = `"${process.execPath}" "${BIN}" serve --port 0 --no-api-ports --db "$0"`;
const BANNER = /Open in a browser: (http:\/\/\S+)\//;

const running: ChildProcess[] = [];
const stubs: TestStub[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
  for (const stub of stubs.splice(0)) await stub.dispose();
  await cleanUp();
});

async function started(db: string): Promise<Served> {
  const served = await serve(db);
  running.push(served.child);
  return served;
}

/** `sh -c script db`, with its output gathered, and a wait for a pattern in it. */
function shell(script: string, db: string) {
  const child = spawn('sh', ['-c', script, db], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const waitFor = async (pattern: RegExp) => {
    for (let waited = 0; waited < 20_000; waited += 25) {
      const match = pattern.exec(output);
      if (match) return match;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no ${pattern} in the output:\n${output}`);
  };
  return { child, waitFor };
}

/** A start that must refuse: what it said (a start that serves fails at once, not at a timeout). */
async function refusal(db: string): Promise<string> {
  const cli = await runCli(['serve', '--port', '0', '--no-api-ports', '--db', db]);
  await cli.waitFor(/in use|Open in a browser/);
  cli.child.kill('SIGKILL');
  expect(cli.stdout()).not.toMatch(BANNER);
  return cli.stderr();
}

describe('a lock left by a crash that holds the new process’s own pid', () => {
  it('is taken over (a restart that gets the same pid, as pid 1 in a container)', async () => {
    const db = join(await tempDir(), 'db.json');
    await started(db).then((first) => first.child.kill('SIGKILL'));
    // `exec` keeps the shell's pid: the lock holds the pid facsimile will run as.
    const restarted = shell(`echo $$ > "$0.lock"; exec ${SERVE}`, db);
    await restarted.waitFor(BANNER);
    expect((await readFile(`${db}.lock`, 'utf8')).split('\n')[0]).toBe(String(restarted.child.pid));
  }, 60_000);

  it('still refuses a second hold on the same store in one process', async () => {
    const first = await startTestStub({ apiPorts: false });
    stubs.push(first);
    const second = startStub({ apis: allApis, db: first.dbFile, apiPorts: false });
    await expect(second).rejects.toThrow(`(pid ${process.pid}, this process)`);
    await first.close();
    const third = await startStub({ apis: allApis, db: first.dbFile, apiPorts: false });
    await third.close();
  }, 30_000);
});

describe('a store reached through a symlink', () => {
  it('meets the lock of the store it points to', async () => {
    const dir = await tempDir();
    const db = join(dir, 'db.json');
    const first = await started(db);
    await symlink(db, join(dir, 'link.json'));
    expect(await refusal(join(dir, 'link.json'))).toContain(
      `${join(dir, 'link.json')} is in use by another facsimile (pid ${first.child.pid})`,
    );
    const reset = await runCli(['reset', '--db', join(dir, 'link.json')]);
    expect(await reset.exited).toBe(1);
  }, 60_000);

  it('meets it before the store exists (a symlink to a file not yet written)', async () => {
    const dir = await tempDir();
    await symlink(join(dir, 'later.json'), join(dir, 'link.json'));
    const first = await started(join(dir, 'link.json'));
    expect(await refusal(join(dir, 'later.json'))).toContain(
      `is in use by another facsimile (pid ${first.child.pid})`,
    );
  }, 60_000);

  it('is written through: the link stays a link, and its changes land in the store', async () => {
    const dir = await tempDir();
    const db = join(dir, 'db.json');
    await started(db).then(async (first) => {
      first.child.kill('SIGTERM');
      await first.exited;
    });
    await symlink(db, join(dir, 'link.json'));
    const viaLink = await started(join(dir, 'link.json'));
    const created = await fetch(`${viaLink.url}/triton/demo/users`, {
      method: 'POST',
      headers: { ...bearer(), 'content-type': 'application/json' },
      body: JSON.stringify({
        login: 'linked',
        email: 'linked@example.com',
        password: 'secret-linked-1',
      }),
    });
    expect(created.status).toBe(201);
    // A clean stop folds the change log into the store file (a rename, which must not replace the link).
    viaLink.child.kill('SIGTERM');
    expect(await viaLink.exited).toBe(0);
    expect((await lstat(join(dir, 'link.json'))).isSymbolicLink()).toBe(true);
    const direct = await started(db);
    const found = await fetch(`${direct.url}/triton/demo/users/linked`, { headers: bearer() });
    expect(found.status).toBe(200);
  }, 60_000);
});

describe.runIf(process.platform === 'linux')('a lock holder that died but is not reaped', () => {
  it('counts as gone: a zombie holds nothing', async () => {
    const db = join(await tempDir(), 'db.json');
    // `sleep` inherits the server as its child and never waits for it.
    const parent = shell(`${SERVE} & echo "server pid $!"; exec sleep 120`, db);
    const [, pid] = await parent.waitFor(/server pid (\d+)/);
    await parent.waitFor(BANNER);
    process.kill(Number(pid), 'SIGKILL');
    for (let waited = 0; (await state(pid!)) !== 'Z' && waited < 5000; waited += 25)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await state(pid!)).toBe('Z');
    const next = await started(db);
    expect((await readFile(`${db}.lock`, 'utf8')).split('\n')[0]).toBe(String(next.child.pid));
  }, 60_000);
});

async function state(pid: string): Promise<string> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
}
