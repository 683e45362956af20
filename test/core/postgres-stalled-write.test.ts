import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tritonApi } from '../../src/apis/triton/index.ts';
import type { TritonState } from '../../src/apis/triton/state.ts';
import { Runtime } from '../../src/core/state/index.ts';
import { PostgresStore } from '../../src/core/state/postgres/store.ts';
import { Cluster, postgresMissing } from '../support/postgres.ts';
import { applyToState, modelOf, type Op } from '../support/triton-model.ts';

// Freezing the cluster's processes needs root (they run as `postgres`).
const missing = postgresMissing() || userInfo().uid !== 0;
const apis = [tritonApi()];
const SEED = { seed: 1, users: 0 };
const TIMEOUT_MS = 500;
let cluster: Cluster;

const insert = (login: number): Op => ({ kind: 'insert', login, email: login });
const write = (runtime: Runtime, op: Op) =>
  runtime.transact('triton', (state) => applyToState(state as TritonState, op));
const usersOf = (runtime: Runtime) =>
  modelOf({ meta: runtime.meta, apis: { triton: runtime.dataOf('triton') } });

describe.skipIf(missing)('a write cut off by the client timeout while PostgreSQL hangs', () => {
  beforeAll(async () => {
    cluster = await Cluster.start();
  }, 60_000);
  afterAll(() => cluster?.destroy());

  it('is refused, and if it committed once the server went on, every process applies it once', async () => {
    const url = await cluster.database('facsimile_stalled_write');
    const stores = [0, 1].map(() => new PostgresStore({ url, statementTimeoutMs: TIMEOUT_MS }));
    const [a, b] = [
      await Runtime.start(stores[0]!, apis, SEED),
      await Runtime.start(stores[1]!, apis, SEED),
    ];
    await write(a, insert(1));
    // The stall ends however the client behaves.
    const thaw = await cluster.freeze(TIMEOUT_MS * 6);
    const started = Date.now();
    try {
      // The first attempt of a change claims its number at once: the INSERT reaches the frozen server.
      await expect(write(a, insert(2))).rejects.toMatchObject({ name: 'StoreWriteFailed' });
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 4);
      expect(usersOf(a).has('p2')).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 2));
    } finally {
      thaw();
    }
    // The statement waited in the server's socket: it runs and commits when the server goes on.
    for (let tries = 0; (await a.store.shared!.status()).head !== 2 && tries < 50; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await write(a, insert(3));
    await Promise.all([a.sync(), b.sync()]);
    for (const runtime of [a, b]) {
      expect([...usersOf(runtime).keys()].sort()).toEqual(['p1', 'p2', 'p3']);
      expect(runtime.appliedSeq).toBe(3);
    }
    await Promise.all([a.close(), b.close()]);
  }, 30_000);
});
