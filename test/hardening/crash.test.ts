import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storeOnDisk } from '../support/store-on-disk.ts';
import type { ScalingoDbData } from '../../src/apis/scalingo-db/state.ts';
import type { TritonData } from '../../src/apis/triton/state.ts';
import { bearer, call } from '../support/stub.ts';
import { serve, type Served } from './support/cli.ts';

/** Creates in flight at once during a burst. */
const CONCURRENCY = 16;
/** Each round kills the server after this many acknowledged creates (while others are in flight). */
const KILL_AFTER = [60, 150];
const BURST_LIMIT_MS = 15_000;
const MY_DB = 'my-db-123';
const MY_DB_ID = '5c599fd6f18b3202f7ab4e66';

const running: Served[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const served of running.splice(0)) served.child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

interface Acked {
  triton: string[];
  'scalingo-db': string[];
}

/** Create `n` of a round: Triton users and Scalingo database users, alternating. */
function create(url: string, round: number, n: number) {
  if (n % 2 === 0) {
    const login = `crash${round}n${n}`;
    return {
      api: 'triton' as const,
      key: login,
      sent: fetch(`${url}/triton/demo/users`, {
        method: 'POST',
        headers: { ...bearer(), 'content-type': 'application/json' },
        body: JSON.stringify({ login, email: `${login}@example.com`, password: `secret-${n}-x` }),
      }),
    };
  }
  const name = `crash-${round}-${n}`;
  const password = `crash-password-${round}-${n}-abcdefghijk`;
  return {
    api: 'scalingo-db' as const,
    key: name,
    sent: fetch(`${url}/scalingo-db/api/databases/${MY_DB}/users`, {
      method: 'POST',
      headers: { ...bearer(), 'content-type': 'application/json' },
      body: JSON.stringify({ database_user: { name, password, password_confirmation: password } }),
    }),
  };
}

/**
 * Keeps CONCURRENCY creates in flight and SIGKILLs the server as soon as
 * `killAfter` of them are acknowledged. Every 201 whose status line reached
 * the client counts as acknowledged, including those read after the kill.
 */
async function burstThenKill(served: Served, round: number, killAfter: number): Promise<Acked> {
  const acked: Acked = { triton: [], 'scalingo-db': [] };
  let count = 0;
  let next = 0;
  let killed = false;
  const deadline = Date.now() + BURST_LIMIT_MS;
  const worker = async () => {
    while (!killed && Date.now() < deadline) {
      const { api, key, sent } = create(served.url, round, next++);
      let status: number;
      try {
        const response = await sent;
        status = response.status;
        await response.arrayBuffer().catch(() => undefined);
      } catch {
        continue; // no answer: the create may or may not have happened
      }
      if (status !== 201) throw new Error(`${api} create ${key} answered ${status}`);
      acked[api].push(key);
      count += 1;
      if (count >= killAfter && !killed) {
        killed = true;
        served.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  expect(killed, `round ${round} reached ${killAfter} acknowledged creates in time`).toBe(true);
  expect(await served.exited).toBe('SIGKILL');
  return acked;
}

function missing(expected: string[], present: Iterable<string>): string[] {
  const have = new Set(present);
  return expected.filter((key) => !have.has(key));
}

describe('SIGKILL in the middle of a create burst', () => {
  it('leaves a store file that parses and holds every acknowledged create', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facsimile-crash-'));
    dirs.push(dir);
    const db = join(dir, 'db.json');
    const all: Acked = { triton: [], 'scalingo-db': [] };

    for (const [round, killAfter] of KILL_AFTER.entries()) {
      const served = await serve(db, ['--users', '3']);
      running.push(served);
      const acked = await burstThenKill(served, round, killAfter);
      all.triton.push(...acked.triton);
      all['scalingo-db'].push(...acked['scalingo-db']);

      // Straight from the files a killed process left (the store and its change log, replayed as
      // a restart does): they parse and nothing acknowledged is lost.
      const data = await storeOnDisk(db);
      const triton = data.apis.triton as TritonData;
      const scalingoDb = data.apis['scalingo-db'] as ScalingoDbData;
      expect(
        missing(
          all.triton,
          triton.users.map((row) => row.user.login),
        ),
        `round ${round}: acknowledged Triton users missing from ${db} (temp files: ${(await readdir(dir)).join(', ')})`,
      ).toEqual([]);
      expect(
        missing(
          all['scalingo-db'],
          scalingoDb.users.filter((row) => row.database === MY_DB_ID).map((row) => row.user.name),
        ),
        `round ${round}: acknowledged database users missing from ${db}`,
      ).toEqual([]);
    }

    // A restart on that file serves every acknowledged user through the API.
    const served = await serve(db, ['--users', '3']);
    running.push(served);
    const users = await call(`${served.url}/triton/demo/users`, 'GET', { headers: bearer() });
    expect(users.status).toBe(200);
    expect(
      missing(
        all.triton,
        (users.body as { login: string }[]).map((user) => user.login),
      ),
    ).toEqual([]);
    const dbUsers = await call(`${served.url}/scalingo-db/api/databases/${MY_DB}/users`, 'GET', {
      headers: bearer(),
    });
    expect(dbUsers.status).toBe(200);
    expect(
      missing(
        all['scalingo-db'],
        (dbUsers.body['database-users'] as { name: string }[]).map((user) => user.name),
      ),
    ).toEqual([]);
    expect(all.triton.length + all['scalingo-db'].length).toBeGreaterThanOrEqual(
      KILL_AFTER.reduce((sum, n) => sum + n, 0),
    );
  }, 60_000);
});
