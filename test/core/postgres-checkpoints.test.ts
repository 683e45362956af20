import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, range, tritonUser } from '../cli/shared-support.ts';
import { Cluster, postgresMissing } from '../support/postgres.ts';
import { allApis } from '../../src/apis/index.ts';
import { startStub, type RunningStub } from '../../src/core/serving/server.ts';

const missing = postgresMissing();
let cluster: Cluster;
const stubs: RunningStub[] = [];

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]?.n);
  } finally {
    await client.end();
  }
}

describe.skipIf(missing)('checkpoints of a PostgreSQL store', () => {
  beforeAll(async () => {
    cluster = await Cluster.start();
  }, 60_000);
  afterAll(() => cluster?.destroy());
  afterEach(async () => {
    for (const stub of stubs.splice(0)) await stub.close();
  });

  it('a process writes one every N entries, and a new process loads the latest one plus the log after it', async () => {
    const url = await cluster.database(`facsimile_checkpoints_${process.pid}`);
    const postgres = { url, checkpointAfterEntries: 10 };
    const first = await startStub({ apis: allApis, postgres, apiPorts: false, users: 3 });
    stubs.push(first);
    for (const i of range(25)) {
      const created = await call(first.url, 'POST', '/triton/demo/users', {
        body: tritonUser(`kept${i}`),
      });
      expect(created.status).toBe(201);
    }
    // The seed's checkpoint, then one after the 10th and one after the 20th entry.
    await expect.poll(() => count(url, 'SELECT count(*) AS n FROM facsimile_checkpoints')).toBe(3);
    const latest = await count(url, 'SELECT max(seq) AS n FROM facsimile_checkpoints');
    expect(latest).toBe(20);

    const second = await startStub({ apis: allApis, postgres, apiPorts: false, users: 3 });
    stubs.push(second);
    expect(second.runtime.appliedSeq).toBe(25);
    for (const i of range(25))
      expect((await call(second.url, 'GET', `/triton/demo/users/kept${i}`)).status).toBe(200);
  }, 60_000);

  it('a process serving fewer APIs writes no checkpoint that would drop the others', async () => {
    const url = await cluster.database(`facsimile_partial_${process.pid}`);
    const full = await startStub({ apis: allApis, postgres: { url }, apiPorts: false, users: 3 });
    const created = await call(full.url, 'POST', '/scalr/api/iacp/v3/users', {
      headers: { 'content-type': 'application/vnd.api+json' },
      body: {
        data: { type: 'users', attributes: { email: 'kept@example.com', username: 'kept' } },
      },
    });
    expect(created.status).toBe(201);
    await full.close();

    const tritonOnly = allApis.filter((api) => api.name === 'triton');
    const postgres = { url, checkpointAfterEntries: 3 };
    const partial = await startStub({ apis: tritonOnly, postgres, apiPorts: false, users: 3 });
    stubs.push(partial);
    for (const i of range(7))
      expect(
        (await call(partial.url, 'POST', '/triton/demo/users', { body: tritonUser(`partial${i}`) }))
          .status,
      ).toBe(201);
    await partial.close();
    stubs.splice(0);

    const again = await startStub({ apis: allApis, postgres: { url }, apiPorts: false, users: 3 });
    stubs.push(again);
    const dump = await call(again.url, 'GET', '/__facsimile/state/scalr');
    expect(JSON.stringify(dump.body)).toContain('kept@example.com');
    expect((await call(again.url, 'GET', '/triton/demo/users/partial6')).status).toBe(200);
  }, 60_000);
});
