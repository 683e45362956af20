import { userInfo } from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, postgresMissing, rowsOf } from '../support/postgres.ts';
import { call, tritonUser, range, serveShared, type Serving } from './shared-support.ts';
import { cleanUp } from './support.ts';

// Freezing the cluster's processes needs root (they run as `postgres`).
const missing = postgresMissing() || userInfo().uid !== 0;
let cluster: Cluster;

const timed = async <T>(job: Promise<T>): Promise<T & { ms: number }> => {
  const started = Date.now();
  const answer = await job;
  return { ...answer, ms: Date.now() - started };
};

describe.skipIf(missing)('a PostgreSQL that hangs (kill -STOP), not down', () => {
  beforeAll(async () => {
    cluster = await Cluster.start();
  }, 60_000);
  afterAll(() => cluster?.destroy());
  afterEach(cleanUp);

  it('answers the provider’s 503 after about --store-timeout, says so in health, then serves by itself', async () => {
    const url = await cluster.database('facsimile_stall');
    const [a, b] = (await serveShared(url, 2, ['--store-timeout', '1000'])) as [Serving, Serving];
    const before = await call(a.url, 'POST', '/triton/demo/users', { body: tritonUser('before') });
    expect(before.status).toBe(201);
    // The stall outlasts the timeout several times, and ends however the server behaves.
    const thaw = await cluster.freeze(8000);
    let health;
    let answers;
    try {
      const writes = range(6).map((i) =>
        timed(call(a.url, 'POST', '/triton/demo/users', { body: tritonUser(`stalled${i}`) })),
      );
      const reads = range(3).map(() => timed(call(a.url, 'GET', '/triton/demo/users/before')));
      health = await timed(call(b.url, 'GET', '/__facsimile/health'));
      answers = await Promise.all([...writes, ...reads]);
      // New requests while it still hangs, past the first ones' timeouts, are refused as fast.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      answers.push(
        ...(await Promise.all([
          timed(call(b.url, 'GET', '/triton/demo/users/before')),
          timed(call(a.url, 'POST', '/triton/demo/users', { body: tritonUser('stalled6') })),
        ])),
      );
    } finally {
      thaw();
    }
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(Object.keys(answer.body).sort()).toEqual(['code', 'message']);
      expect(answer.ms).toBeLessThan(4000);
    }
    expect(health.ms).toBeLessThan(4000);
    expect(health.body).toMatchObject({ status: 'store-unreachable' });
    expect(health.body.store).toMatchObject({ reachable: false, head: null });

    expect((await call(a.url, 'GET', '/triton/demo/users/before')).status).toBe(200);
    const back = await call(b.url, 'POST', '/triton/demo/users', { body: tritonUser('back') });
    expect(back.status).toBe(201);
    expect((await call(a.url, 'GET', '/triton/demo/users/back')).status).toBe(200);
    expect((await call(a.url, 'GET', '/__facsimile/health')).body.status).toBe('ok');
    // A write cut off by the timeout was never acknowledged; if it committed after all
    // (its statement waited in the frozen server's socket), it is one entry of the log and
    // every process holds it, else none does.
    const logged = (
      await rowsOf<{ entry: string }>(url, 'SELECT entry FROM facsimile_log WHERE entry LIKE $1', [
        '%stalled%',
      ])
    ).map((row) => row.entry);
    for (const i of range(7)) {
      const path = `/triton/demo/users/stalled${i}`;
      const [onA, onB] = [await call(a.url, 'GET', path), await call(b.url, 'GET', path)];
      const times = logged.filter((entry) => entry.includes(`"stalled${i}"`)).length;
      expect(times).toBeLessThanOrEqual(1);
      expect(onA.status).toBe(times === 1 ? 200 : 404);
      expect(onB.status).toBe(onA.status);
    }
  }, 60_000);
});
