// Two containers sharing a store's volume each run facsimile as pid 1 of their own pid namespace:
// a lock naming pid 1 is then another live process, not an earlier run of this one. Driven with
// real processes in new pid namespaces (`unshare --pid`, which needs root: skipped without it,
// except under CI=true).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser, serve, userStatus, type Served } from './support/cli.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'facsimile.js');
const canUnshare = spawnSync('unshare', ['--pid', '--fork', 'true']).status === 0;
if (!canUnshare && process.env.CI === 'true')
  throw new Error('unshare --pid is needed (root and util-linux) for the pid namespace lock tests');

interface Contained {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** Signals facsimile itself: `unshare` ignores SIGTERM while it waits. */
  signal: (name: NodeJS.Signals) => void;
}

/** `facsimile serve` as pid 1 of a new pid namespace, as in a container; SIGTERM reaches it. */
function contained(db: string): Contained {
  const child = spawn(
    'unshare',
    ['--pid', '--fork', '--kill-child=SIGTERM', process.execPath, BIN, 'serve'].concat([
      '--port',
      '0',
      '--no-api-ports',
      '--db',
      db,
      '--log-level',
      'warn',
    ]),
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const signal = (name: NodeJS.Signals) => {
    const pid = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim();
    if (pid) process.kill(Number(pid), name);
  };
  return { child, output: () => output, exited, signal };
}

async function bannerOf(server: Contained): Promise<string> {
  for (let waited = 0; waited < 20_000; waited += 25) {
    const url = /Open in a browser: (http:\/\/\S+)\//.exec(server.output())?.[1];
    if (url) return url;
    if (server.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no banner:\n${server.output()}`);
}

let dir: string;
const running: (Contained | Served)[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facsimile-pidns-'));
});

afterEach(async () => {
  for (const server of running.splice(0)) {
    if (server.child.exitCode !== null) continue;
    if ('signal' in server) server.signal('SIGTERM');
    else server.child.kill('SIGTERM');
    await server.exited;
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!canUnshare)('the store lock across pid namespaces', () => {
  it('refuses a second pid 1 while the first serves, and keeps every write the first acknowledged', async () => {
    const db = join(dir, 'shared.json');
    const first = contained(db);
    running.push(first);
    const url = await bannerOf(first);
    const served = { url } as Served;
    expect(await createUser(served, 'firstcontainer')).toBe(201);

    const second = contained(db);
    running.push(second);
    const outcome = await bannerOf(second).then(
      () => 'serving',
      async () => `exited with ${await second.exited}`,
    );
    expect(outcome).toBe('exited with 1');
    expect(second.output()).toMatch(/in use by another facsimile/);
    expect(await userStatus(served, 'firstcontainer')).toBe(200);

    first.signal('SIGTERM');
    await first.exited;
    const restarted = await serve(db, ['--log-level', 'warn']);
    running.push(restarted);
    expect(await userStatus(restarted, 'firstcontainer')).toBe(200);
  }, 60_000);

  it('takes over a lock from another pid namespace that its holder stopped refreshing', async () => {
    const db = join(dir, 'crashed.json');
    const first = contained(db);
    running.push(first);
    const served = { url: await bannerOf(first) } as Served;
    expect(await createUser(served, 'beforecrash')).toBe(201);
    // A container killed outright: its lock stays behind, last refreshed 28 s ago. The next
    // start sees nobody touch it, and takes it over once it is 30 s old.
    first.signal('SIGKILL');
    await first.exited;
    const old = Date.now() / 1000 - 28;
    utimesSync(`${db}.lock`, old, old);

    const second = contained(db);
    running.push(second);
    const again = { url: await bannerOf(second) } as Served;
    expect(await userStatus(again, 'beforecrash')).toBe(200);
  }, 60_000);
});

describe('the store lock on a disk shared by hosts', () => {
  it('refuses a lock another host keeps touching, even naming a pid dead here, and takes it over once it stops', async () => {
    const db = join(dir, 'network.json');
    const first = await serve(db, ['--log-level', 'warn']);
    running.push(first);
    expect(await createUser(first, 'firsthost')).toBe(201);
    const own = readFileSync(`${db}.lock`, 'utf8');
    first.child.kill('SIGTERM');
    await first.exited;
    // As the other host writes it: its own pid (none here) in the namespace every host starts with.
    const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
    const [, space = ''] = own.split('\n');
    writeFileSync(`${db}.lock`, `${dead}\n${space.replace(hostname(), 'another-host')}\n`);
    const touching = setInterval(() => {
      const now = Date.now() / 1000;
      utimesSync(`${db}.lock`, now, now);
    }, 500);
    const refused = await serve(db, ['--log-level', 'warn']).then(
      (served) => {
        running.push(served);
        return 'serving';
      },
      (error: Error) => error.message,
    );
    clearInterval(touching);
    expect(refused).toMatch(/in use by another facsimile \(pid \d+ on another host/);

    const old = Date.now() / 1000 - 28;
    utimesSync(`${db}.lock`, old, old);
    const next = await serve(db, ['--log-level', 'warn']);
    running.push(next);
    expect(await userStatus(next, 'firsthost')).toBe(200);
  }, 60_000);
});
