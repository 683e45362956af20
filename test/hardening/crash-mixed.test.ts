import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComputeStacksData } from '../../src/apis/computestacks/state.ts';
import type { ScalingoDbData } from '../../src/apis/scalingo-db/state.ts';
import type { ScalingoData } from '../../src/apis/scalingo/state.ts';
import type { ScalrData } from '../../src/apis/scalr/state.ts';
import type { TritonData } from '../../src/apis/triton/state.ts';
import { readStoreFile, type StoreData } from '../../src/core/state/file/store-file.ts';
import { storeOnDisk } from '../support/store-on-disk.ts';
import { DEMO_TOKEN, bearer, call } from '../support/stub.ts';
import { serve, type Served } from './support/cli.ts';
import { randomSequence } from '../../src/core/control/faults.ts';

/*
 * Issue 11: SIGKILL of the real CLI under a mixed load on every API that
 * writes (creates, updates and deletes on Triton and Scalingo DB, creates on
 * Scalr, profile updates on ComputeStacks and Scalingo), interleaved with
 * snapshot saves and a Scalr reset; then every acknowledged change must be in
 * what a restart loads, nothing acknowledged-deleted back, no row doubled.
 *
 * Every request whose status line reached the client counts as acknowledged.
 * One key (a user, a profile) never has two requests in flight at once, so
 * "the last acknowledged value" is well defined; a request left without an
 * answer by the kill makes its key accept either outcome, and that user is not
 * touched again (a profile is: its next acknowledged value settles it). Scalr
 * creates are checked against the resets around them: gone if a reset was
 * sent after the create's answer and answered, there if every reset was
 * over before the create was sent, either otherwise.
 *
 * The store compacts only after 32 MiB of change log and nothing outside the
 * process lowers that, so compaction is not forced here.
 */

/**
 * Demo users per API. The issue says 2000; on a busy 2-core machine (load 12)
 * that made the run take up to ~90 s when the CLI runs its sources through tsx
 * (a stale dist/): the first start seeds 5 × 2000 records, and each process's
 * first Scalr reset, and each replay of one, seeds Scalr again. 500 keeps a
 * run near a minute there, and near 40 s from the build.
 */
const USERS = 500;
/** Requests in flight at once. */
const CONCURRENCY = 12;
/** Each round's order comes from its seed; it is killed after a seeded number of acknowledgements. */
const ROUND_SEEDS = [0x5eed1, 0xc0ffee, 0xbadf00d];
const KILL_AFTER_MIN = 40;
const KILL_AFTER_SPREAD = 100;
/** Bounds on a round's burst, whatever happens: the kill comes at the latest then. */
const ROUND_LIMIT_MS = 10_000;
const ROUND_MAX_REQUESTS = 1_000;
/** A round killed by its time limit must still have had this much load acknowledged. */
const MIN_ACKS = 25;
const MY_DB = 'my-db-123';
const MY_DB_ID = '5c599fd6f18b3202f7ab4e66';
const SCALR_USERS = '/scalr/api/iacp/v3/users';
const SCALR_MARK = 'crashmix';
const SNAPSHOT_NAMES = ['mix-a', 'mix-b', 'mix-c'];

const running: Served[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const served of running.splice(0)) served.child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** The value a key may have on disk: a string, or `null` for "no such row". */
type Value = string | null;

/** A key changed one request at a time: what may be on disk, and whether it may be touched. */
interface Tracked {
  /** The last acknowledged value, plus the values of requests left unanswered after it. */
  allowed: Value[];
  busy: boolean;
  /** A request on it got no answer: its outcome is unknown, so it is left alone. */
  frozen: boolean;
}

interface ScalrCreate {
  email: string;
  sent: number;
  acked?: number;
}

interface Reset {
  sent: number;
  acked?: number;
  round: number;
}

/** Everything acknowledged over the whole run, across rounds and restarts. */
class Ledger {
  clock = 0;
  readonly triton = new Map<string, Tracked>();
  readonly scalingoDb = new Map<string, Tracked>();
  readonly scalr: ScalrCreate[] = [];
  readonly resets: Reset[] = [];
  /** The clock when each round's server was killed. */
  readonly killedAt: number[] = [];
  /** ComputeStacks demo user's city and Scalingo demo account's full name (none allowed yet: any). */
  readonly city: Tracked = { allowed: [], busy: false, frozen: false };
  readonly fullname: Tracked = { allowed: [], busy: false, frozen: false };
  readonly snapshots = new Set<string>();
  readonly counts: Record<string, number> = {};

  tick(): number {
    return ++this.clock;
  }

  count(kind: string): void {
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
  }

  /** When reset `reset` stopped being able to happen: its answer, or its round's kill. */
  resetEnd(reset: Reset): number {
    return reset.acked ?? this.killedAt[reset.round] ?? Infinity;
  }

  /** What a Scalr create may have left: present, absent, or either (a reset around it). */
  scalrAllowed(create: ScalrCreate): ('present' | 'absent')[] {
    if (create.acked === undefined) return ['present', 'absent'];
    const acked = create.acked;
    // A reset sent after the create's answer came after the create.
    if (this.resets.some((reset) => reset.acked !== undefined && reset.sent > acked))
      return ['absent'];
    // A reset not over when the create went out may have come before or after it.
    const maybe = this.resets.some((reset) => this.resetEnd(reset) > create.sent);
    return maybe ? ['present', 'absent'] : ['present'];
  }
}

/** What one request does to the ledger once answered, or once it is clear no answer will come. */
interface Planned {
  kind: string;
  method: string;
  path: string;
  body?: unknown;
  contentType?: string;
  expect: number[];
  /** Told the clock when the request goes out (for what a Scalr reset can reach). */
  sending?(at: number): void;
  acked(): void;
  unanswered(): void;
}

function setKey(tracked: Tracked, value: Value): void {
  tracked.allowed = [value];
  tracked.busy = false;
}

function leaveUnknown(tracked: Tracked, value: Value): void {
  if (!tracked.allowed.includes(value)) tracked.allowed.push(value);
  tracked.busy = false;
  tracked.frozen = true;
}

/** Picks the next request of a round from its PRNG and what the ledger holds. */
class Planner {
  readonly #ledger: Ledger;
  readonly #random: () => number;
  readonly #round: number;
  #n = 0;
  /** Random Scalr resets come only in a round's first third, so the creates after must stay. */
  resetsOpen = true;

  constructor(ledger: Ledger, round: number, seed: number) {
    this.#ledger = ledger;
    this.#random = randomSequence(seed);
    this.#round = round;
  }

  killAfter(): number {
    return KILL_AFTER_MIN + Math.floor(this.#random() * KILL_AFTER_SPREAD);
  }

  /** A live key of `table` nobody is changing, or undefined. */
  #idle(table: Map<string, Tracked>): [string, Tracked] | undefined {
    const idle = [...table].filter(
      ([, tracked]) =>
        !tracked.busy &&
        !tracked.frozen &&
        tracked.allowed.length === 1 &&
        tracked.allowed[0] !== null,
    );
    if (idle.length === 0) return undefined;
    return idle[Math.floor(this.#random() * idle.length)];
  }

  next(forced?: 'reset' | 'snapshot'): Planned {
    const n = this.#n++;
    const id = `${this.#round}n${n}`;
    if (forced === 'reset') return this.#reset();
    if (forced === 'snapshot') return this.#snapshot(n);
    const roll = this.#random() * 100;
    if (roll < 17) return this.#tritonCreate(id);
    if (roll < 34) return this.#dbCreate(id);
    if (roll < 48) return this.#scalrCreate(id);
    if (roll < 60) return this.#tritonUpdate(id) ?? this.#tritonCreate(id);
    if (roll < 69) return this.#tritonDelete() ?? this.#dbCreate(id);
    if (roll < 78) return this.#dbDelete() ?? this.#scalrCreate(id);
    if (roll < 86) return this.#profile('city', id) ?? this.#tritonCreate(id);
    if (roll < 94) return this.#profile('fullname', id) ?? this.#dbCreate(id);
    if (roll < 97.5) return this.#snapshot(n);
    return this.resetsOpen ? this.#reset() : this.#scalrCreate(id);
  }

  #tritonCreate(id: string): Planned {
    const login = `mix${id.replace('n', 'x')}`;
    const email = `${login}@example.com`;
    const tracked: Tracked = { allowed: [null], busy: true, frozen: false };
    this.#ledger.triton.set(login, tracked);
    return {
      kind: 'triton create',
      method: 'POST',
      path: '/triton/demo/users',
      body: { login, email, password: `secret-${id}-x` },
      expect: [201],
      acked: () => setKey(tracked, email),
      unanswered: () => leaveUnknown(tracked, email),
    };
  }

  #tritonUpdate(id: string): Planned | undefined {
    const picked = this.#idle(this.#ledger.triton);
    if (!picked) return undefined;
    const [login, tracked] = picked;
    tracked.busy = true;
    const email = `${login}.v${id}@example.com`;
    return {
      kind: 'triton update',
      method: 'POST',
      path: `/triton/demo/users/${login}`,
      body: { email },
      expect: [200],
      acked: () => setKey(tracked, email),
      unanswered: () => leaveUnknown(tracked, email),
    };
  }

  #tritonDelete(): Planned | undefined {
    const picked = this.#idle(this.#ledger.triton);
    if (!picked) return undefined;
    const [login, tracked] = picked;
    tracked.busy = true;
    return {
      kind: 'triton delete',
      method: 'DELETE',
      path: `/triton/demo/users/${login}`,
      expect: [204],
      acked: () => setKey(tracked, null),
      unanswered: () => leaveUnknown(tracked, null),
    };
  }

  #dbCreate(id: string): Planned {
    const name = `mix-${id}`;
    const password = `mix-password-${id}-abcdefghijk`;
    const tracked: Tracked = { allowed: [null], busy: true, frozen: false };
    this.#ledger.scalingoDb.set(name, tracked);
    return {
      kind: 'scalingo-db create',
      method: 'POST',
      path: `/scalingo-db/api/databases/${MY_DB}/users`,
      body: { database_user: { name, password, password_confirmation: password } },
      expect: [201],
      acked: () => setKey(tracked, 'present'),
      unanswered: () => leaveUnknown(tracked, 'present'),
    };
  }

  #dbDelete(): Planned | undefined {
    const picked = this.#idle(this.#ledger.scalingoDb);
    if (!picked) return undefined;
    const [name, tracked] = picked;
    tracked.busy = true;
    return {
      kind: 'scalingo-db delete',
      method: 'DELETE',
      path: `/scalingo-db/api/databases/${MY_DB}/users/${name}`,
      expect: [204],
      acked: () => setKey(tracked, null),
      unanswered: () => leaveUnknown(tracked, null),
    };
  }

  #scalrCreate(id: string): Planned {
    const create: ScalrCreate = { email: `${SCALR_MARK}-${id}@example.com`, sent: 0 };
    this.#ledger.scalr.push(create);
    return {
      kind: 'scalr create',
      method: 'POST',
      path: SCALR_USERS,
      body: { data: { type: 'users', attributes: { email: create.email } } },
      contentType: 'application/vnd.api+json',
      expect: [201],
      sending: (at) => (create.sent = at),
      acked: () => (create.acked = this.#ledger.tick()),
      unanswered: () => undefined,
    };
  }

  #profile(which: 'city' | 'fullname', id: string): Planned | undefined {
    const tracked = this.#ledger[which];
    if (tracked.busy) return undefined;
    tracked.busy = true;
    const value = which === 'city' ? `City ${id}` : `Mix User ${id}`;
    const unanswered = () => {
      // Unlike a user key, a profile is changed again later: the next acknowledged value settles it.
      if (tracked.allowed.length > 0 && !tracked.allowed.includes(value))
        tracked.allowed.push(value);
      tracked.busy = false;
    };
    return which === 'city'
      ? {
          kind: 'computestacks update',
          method: 'PATCH',
          path: '/computestacks/api/users',
          body: { user: { city: value } },
          expect: [200],
          acked: () => setKey(tracked, value),
          unanswered,
        }
      : {
          kind: 'scalingo update',
          method: 'PATCH',
          path: '/scalingo/v1/account/profile',
          body: { user: { fullname: value } },
          expect: [200],
          acked: () => setKey(tracked, value),
          unanswered,
        };
  }

  #snapshot(n: number): Planned {
    const name = SNAPSHOT_NAMES[n % SNAPSHOT_NAMES.length] ?? 'mix';
    return {
      kind: 'snapshot save',
      method: 'PUT',
      path: `/__facsimile/snapshots/${name}`,
      expect: [200, 201],
      acked: () => this.#ledger.snapshots.add(name),
      unanswered: () => undefined,
    };
  }

  #reset(): Planned {
    const reset: Reset = { sent: 0, round: this.#round };
    this.#ledger.resets.push(reset);
    return {
      kind: 'scalr reset',
      method: 'POST',
      path: '/__facsimile/reset',
      body: { api: 'scalr' },
      expect: [200],
      sending: (at) => (reset.sent = at),
      acked: () => (reset.acked = this.#ledger.tick()),
      unanswered: () => undefined,
    };
  }
}

/**
 * Keeps CONCURRENCY requests in flight and SIGKILLs the server once
 * `killAfter` of them are acknowledged (or at the time limit); forces a Scalr
 * reset a third of the way, and a snapshot save (and in one round a reset)
 * just before the kill, so rounds are killed with those in flight or just
 * answered. Answers the requests that got an unexpected status.
 */
async function loadThenKill(served: Served, ledger: Ledger, round: number): Promise<string[]> {
  const planner = new Planner(ledger, round, ROUND_SEEDS[round] ?? round);
  const killAfter = planner.killAfter();
  const unexpected: string[] = [];
  const forced: ('reset' | 'snapshot')[] = [];
  let acks = 0;
  let sent = 0;
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    ledger.killedAt[round] = ledger.tick();
    served.child.kill('SIGKILL');
  };
  // On a machine too busy to reach `killAfter` in time, the kill comes at the time limit instead.
  const timer = setTimeout(kill, ROUND_LIMIT_MS);
  const worker = async () => {
    while (!killed) {
      if (sent++ >= ROUND_MAX_REQUESTS) {
        kill();
        break;
      }
      const op = planner.next(forced.shift());
      op.sending?.(ledger.tick());
      ledger.count(`${op.kind} sent`);
      let status: number;
      try {
        const response = await fetch(`${served.url}${op.path}`, {
          method: op.method,
          headers: {
            ...bearer(),
            ...(op.body === undefined
              ? {}
              : { 'content-type': op.contentType ?? 'application/json' }),
          },
          body: op.body === undefined ? undefined : JSON.stringify(op.body),
        });
        status = response.status;
        await response.arrayBuffer().catch(() => undefined);
      } catch {
        op.unanswered();
        continue;
      }
      if (!op.expect.includes(status)) {
        unexpected.push(`round ${round}: ${op.kind} ${op.method} ${op.path} answered ${status}`);
        op.unanswered();
        continue;
      }
      op.acked();
      ledger.count(`${op.kind} acknowledged`);
      acks += 1;
      if (acks === Math.floor(killAfter / 3)) {
        planner.resetsOpen = false;
        forced.push('reset');
      }
      // One round kills with a reset just sent or answered; the others keep the creates after it.
      if (acks === killAfter - 4)
        forced.push(...(round === 1 ? ['reset' as const] : []), 'snapshot');
      if (acks >= killAfter) kill();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  clearTimeout(timer);
  expect(acks, `round ${round}: acknowledgements before the kill`).toBeGreaterThanOrEqual(
    Math.min(killAfter, MIN_ACKS),
  );
  expect(await served.exited).toBe('SIGKILL');
  return unexpected;
}

/** What a store (or a served API) holds of the keys the test follows. */
interface Seen {
  /** Triton login (account `demo`) → the email of each row with that login. */
  triton: Map<string, string[]>;
  /** Scalingo DB user name (my-db-123) → rows with that name. */
  scalingoDb: Map<string, number>;
  /** Scalr email (lower case) → rows with that email. */
  scalr: Map<string, number>;
  city: Value;
  fullname: Value;
  snapshots: Set<string>;
}

function tally<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function seenOnDisk(data: StoreData, snapshots: Set<string>): Seen {
  const triton = data.apis.triton as TritonData;
  const scalingoDb = data.apis['scalingo-db'] as ScalingoDbData;
  const scalr = data.apis.scalr as ScalrData;
  const cs = data.apis.computestacks as ComputeStacksData;
  const scalingo = data.apis.scalingo as ScalingoData;
  const seen: Seen = {
    triton: new Map(),
    scalingoDb: new Map(),
    scalr: new Map(),
    city: null,
    fullname: null,
    snapshots,
  };
  for (const row of triton.users) {
    if (row.account !== 'demo') continue;
    seen.triton.set(row.user.login, [...(seen.triton.get(row.user.login) ?? []), row.user.email]);
  }
  for (const row of scalingoDb.users)
    if (row.database === MY_DB_ID) tally(seen.scalingoDb, row.user.name);
  for (const row of scalr.users) tally(seen.scalr, row.user.attributes.email.toLowerCase());
  const csUserId = cs.tokens.find((row) => row.token === DEMO_TOKEN)?.userId;
  seen.city = cs.accounts.find((row) => row.user.id === csUserId)?.user.city ?? null;
  seen.fullname =
    scalingo.accounts.find((row) => row.tokens.includes(DEMO_TOKEN))?.user.fullname ?? null;
  return seen;
}

async function seenServed(url: string): Promise<Seen> {
  const get = async <T>(path: string): Promise<T> => {
    const answer = await call(`${url}${path}`, 'GET', { headers: bearer() });
    expect(answer.status, `GET ${path}`).toBe(200);
    return answer.body as T;
  };
  /** Scalr's users the test made (their emails hold SCALR_MARK), every page. */
  const scalrEmails = async () => {
    const emails: string[] = [];
    for (let page = 1; page <= 100; page += 1) {
      const users = await get<{
        data: { attributes: { email: string } }[];
        meta: { pagination: { 'total-pages': number } };
      }>(`${SCALR_USERS}?query=${SCALR_MARK}&page[size]=100&page[number]=${page}`);
      emails.push(...users.data.map((user) => user.attributes.email.toLowerCase()));
      if (page >= users.meta.pagination['total-pages']) break;
    }
    return emails;
  };
  const [triton, dbUsers, scalr, cs, scalingo, snapshots] = await Promise.all([
    get<{ login: string; email: string }[]>('/triton/demo/users'),
    get<{ 'database-users': { name: string }[] }>(`/scalingo-db/api/databases/${MY_DB}/users`),
    scalrEmails(),
    get<{ user: { city: Value } }>('/computestacks/api/users'),
    get<{ user: { fullname: Value } }>('/scalingo/v1/users/self'),
    get<{ snapshots: { name: string }[] }>('/__facsimile/snapshots'),
  ]);
  const seen: Seen = {
    triton: new Map(),
    scalingoDb: new Map(),
    scalr: new Map(),
    city: cs.user.city,
    fullname: scalingo.user.fullname,
    snapshots: new Set(snapshots.snapshots.map((snapshot) => snapshot.name)),
  };
  for (const user of triton)
    seen.triton.set(user.login, [...(seen.triton.get(user.login) ?? []), user.email]);
  for (const user of dbUsers['database-users']) tally(seen.scalingoDb, user.name);
  for (const email of scalr) tally(seen.scalr, email);
  return seen;
}

/** Every way `seen` departs from what was acknowledged. */
function departures(ledger: Ledger, seen: Seen): string[] {
  const found: string[] = [];
  const show = (values: Value[]) => values.map((value) => value ?? '(absent)').join(' or ');
  for (const [login, emails] of seen.triton)
    if (emails.length > 1) found.push(`triton ${login}: ${emails.length} rows`);
  for (const [login, tracked] of ledger.triton) {
    const emails = seen.triton.get(login) ?? [];
    const value = emails[0] ?? null;
    if (!tracked.allowed.includes(value))
      found.push(`triton ${login}: ${value ?? '(absent)'}, acknowledged ${show(tracked.allowed)}`);
  }
  for (const [name, rows] of seen.scalingoDb)
    if (rows > 1) found.push(`scalingo-db ${name}: ${rows} rows`);
  for (const [name, tracked] of ledger.scalingoDb) {
    const value = seen.scalingoDb.has(name) ? 'present' : null;
    if (!tracked.allowed.includes(value))
      found.push(
        `scalingo-db ${name}: ${value ?? '(absent)'}, acknowledged ${show(tracked.allowed)}`,
      );
  }
  for (const [email, rows] of seen.scalr) if (rows > 1) found.push(`scalr ${email}: ${rows} rows`);
  for (const create of ledger.scalr) {
    const allowed = ledger.scalrAllowed(create);
    const value = seen.scalr.has(create.email) ? 'present' : 'absent';
    if (!allowed.includes(value))
      found.push(
        `scalr ${create.email}: ${value}, expected ${allowed.join(' or ')} (sent at ${create.sent}, ` +
          `acknowledged at ${create.acked}; resets ${JSON.stringify(ledger.resets)})`,
      );
  }
  if (ledger.city.allowed.length > 0 && !ledger.city.allowed.includes(seen.city))
    found.push(`computestacks city: ${seen.city}, acknowledged ${show(ledger.city.allowed)}`);
  if (ledger.fullname.allowed.length > 0 && !ledger.fullname.allowed.includes(seen.fullname))
    found.push(
      `scalingo fullname: ${seen.fullname}, acknowledged ${show(ledger.fullname.allowed)}`,
    );
  for (const name of ledger.snapshots)
    if (!seen.snapshots.has(name)) found.push(`snapshot ${name}: saved, not there`);
  return found;
}

/** Copies the store file and its change logs, as a kill left them, into `dir/name`. */
async function copyStoreFiles(
  dir: string,
  name: string,
): Promise<{ dir: string; files: string[] }> {
  const to = join(dir, name);
  await mkdir(to);
  const files = (await readdir(dir)).filter((file) => file.startsWith('db.json'));
  for (const file of files) await copyFile(join(dir, file), join(to, file));
  return { dir: to, files };
}

/** The snapshots a restart lists (those with an info file), each checked to load. */
async function snapshotsOnDisk(dir: string): Promise<Set<string>> {
  const names = new Set<string>();
  const folders = await readdir(join(dir, 'snapshots')).catch(() => [] as string[]);
  for (const name of folders) {
    const info = await readdir(join(dir, 'snapshots', name));
    if (!info.includes('info.json')) continue;
    const data = await readStoreFile(join(dir, 'snapshots', name, 'store.json'));
    expect(data?.apis, `snapshot ${name} loads`).toHaveProperty('scalr');
    names.add(name);
  }
  return names;
}

describe('SIGKILL under a mixed load on every API that writes', () => {
  it('restarts with every acknowledged change, nothing deleted back, nothing doubled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facsimile-crash-mixed-'));
    dirs.push(dir);
    const db = join(dir, 'db.json');
    const ledger = new Ledger();

    let served = await serve(db, ['--users', String(USERS)]);
    running.push(served);
    for (let round = 0; round < ROUND_SEEDS.length; round += 1) {
      expect(await loadThenKill(served, ledger, round), `round ${round}: statuses`).toEqual([]);

      // What the killed process left (copied before the restart may touch it), replayed as a
      // restart does; and a restart on those files, started meanwhile, serves the same.
      const left = await copyStoreFiles(dir, `left-${round}`);
      const restarted = serve(db, ['--users', String(USERS)]).then((next) => {
        running.push(next);
        return next;
      });
      const [next, data, snapshots] = await Promise.all([
        restarted,
        storeOnDisk(join(left.dir, 'db.json')),
        snapshotsOnDisk(dir),
      ]);
      served = next;
      expect(
        departures(ledger, seenOnDisk(data, snapshots)),
        `round ${round}: the files left by the kill (${left.files.join(', ')}, kept in ${left.dir})`,
      ).toEqual([]);
      expect(
        departures(ledger, await seenServed(served.url)),
        `round ${round}: served after the restart`,
      ).toEqual([]);
    }

    // The run did exercise every kind of change, acknowledged, and a reset that removed rows.
    for (const kind of [
      'triton create',
      'triton update',
      'triton delete',
      'scalingo-db create',
      'scalingo-db delete',
      'scalr create',
      'computestacks update',
      'scalingo update',
      'snapshot save',
      'scalr reset',
    ])
      expect(
        ledger.counts[`${kind} acknowledged`] ?? 0,
        `${kind}s acknowledged (of ${JSON.stringify(ledger.counts)})`,
      ).toBeGreaterThan(0);
    // And the Scalr checks had creates a reset must have removed, and creates that must have stayed.
    const scalr = ledger.scalr.map((create) => ledger.scalrAllowed(create).join());
    expect(scalr).toContain('absent');
    expect(scalr).toContain('present');
  }, 120_000);
});
