import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, postgresMissing } from '../support/postgres.ts';
import {
  call,
  range,
  serveShared,
  statusesOf,
  tritonUser,
  type Serving,
} from './shared-support.ts';
import { cleanUp } from './support.ts';

const missing = postgresMissing();
let cluster: Cluster;

describe.skipIf(missing)('snapshots and fault rules in the PostgreSQL database', () => {
  beforeAll(async () => {
    cluster = await Cluster.start();
  }, 60_000);
  afterAll(() => cluster?.destroy());
  afterEach(cleanUp);

  it('one saved through one process is listed, restored and deleted through the others', async () => {
    const url = await cluster.database(`facsimile_snapshots_${process.pid}`);
    const [a, b, c] = (await serveShared(url, 3)) as [Serving, Serving, Serving];
    expect(
      (await call(a.url, 'POST', '/triton/demo/users', { body: tritonUser('saved') })).status,
    ).toBe(201);
    const saved = await call(a.url, 'PUT', '/__facsimile/snapshots/before-demo', { body: {} });
    expect(saved.status).toBe(201);
    const listed = await call(b.url, 'GET', '/__facsimile/snapshots');
    expect(listed.body.snapshots.map((s: { name: string }) => s.name)).toEqual(['before-demo']);

    // Changes after the save: a user removed, one added; the restore through b undoes both.
    expect((await call(c.url, 'DELETE', '/triton/demo/users/saved')).status).toBe(204);
    expect(
      (await call(c.url, 'POST', '/triton/demo/users', { body: tritonUser('later') })).status,
    ).toBe(201);
    const restored = await call(b.url, 'POST', '/__facsimile/snapshots/before-demo/restore', {
      body: {},
    });
    expect(restored.status).toBe(200);
    for (const p of [a, b, c]) {
      expect((await call(p.url, 'GET', '/triton/demo/users/saved')).status).toBe(200);
      expect((await call(p.url, 'GET', '/triton/demo/users/later')).status).toBe(404);
    }
    // Writes after the restore build on it everywhere.
    expect(
      (await call(a.url, 'POST', '/triton/demo/users', { body: tritonUser('after') })).status,
    ).toBe(201);
    expect((await call(c.url, 'GET', '/triton/demo/users/after')).status).toBe(200);
    expect((await call(c.url, 'DELETE', '/__facsimile/snapshots/before-demo')).status).toBe(204);
    expect((await call(a.url, 'GET', '/__facsimile/snapshots')).body.snapshots).toEqual([]);
  }, 60_000);

  it('a fault rule added through one process applies on every process, and its removal too', async () => {
    const url = await cluster.database(`facsimile_rules_${process.pid}`);
    const [a, b, c] = (await serveShared(url, 3)) as [Serving, Serving, Serving];
    const added = await call(a.url, 'POST', '/__facsimile/rules', {
      body: { api: 'triton', fault: { status: 503 } },
    });
    expect(added.status).toBe(201);
    const second = await call(c.url, 'POST', '/__facsimile/rules', {
      body: { api: 'scalr', latency: { ms: 1 } },
    });
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(added.body.id);
    const listed = await call(b.url, 'GET', '/__facsimile/rules');
    expect(listed.body.rules.map((rule: { id: string }) => rule.id)).toEqual([
      added.body.id,
      second.body.id,
    ]);
    for (const p of [a, b, c])
      expect((await call(p.url, 'GET', '/triton/demo/users')).status).toBe(503);
    expect((await call(b.url, 'DELETE', `/__facsimile/rules/${added.body.id}`)).status).toBe(204);
    for (const p of [a, b, c])
      expect((await call(p.url, 'GET', '/triton/demo/users')).status).toBe(200);
    // A process started later finds the rules as they stand.
    const [late] = await serveShared(url, 1);
    const rules = (await call(late!.url, 'GET', '/__facsimile/rules')).body.rules;
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual([second.body.id]);
  }, 60_000);

  it('a session started on one process works on every process, a late one included', async () => {
    const url = await cluster.database(`facsimile_sessions_${process.pid}`);
    const [a, b, c] = (await serveShared(url, 3)) as [Serving, Serving, Serving];
    const inSession = { 'x-facsimile-session': 'team-a' };
    const created = await call(a.url, 'POST', '/triton/demo/users', {
      body: tritonUser('insider'),
      headers: inSession,
    });
    expect(created.status).toBe(201);
    expect(
      (await call(b.url, 'GET', '/triton/demo/users/insider', { headers: inSession })).status,
    ).toBe(200);
    expect((await call(c.url, 'GET', '/triton/demo/users/insider')).status).toBe(404);
    const [late] = (await serveShared(url, 1)) as [Serving];
    expect(
      (await call(late.url, 'GET', '/triton/demo/users/insider', { headers: inSession })).status,
    ).toBe(200);

    // The providers' uniqueness rules hold inside a session across processes too.
    const racers = await Promise.all(
      range(20).map((i) =>
        call([a, b, c][i % 3]!.url, 'POST', '/triton/demo/users', {
          body: tritonUser('racer'),
          headers: inSession,
        }),
      ),
    );
    expect(statusesOf(racers)).toEqual({ 201: 1, 409: 19 });

    const reset = await call(b.url, 'POST', '/__facsimile/reset', {
      body: { api: 'triton' },
      headers: inSession,
    });
    expect(reset.status).toBe(200);
    expect(
      (await call(a.url, 'GET', '/triton/demo/users/insider', { headers: inSession })).status,
    ).toBe(404);
    expect(
      (
        await call(c.url, 'POST', '/triton/demo/users', {
          body: tritonUser('again'),
          headers: inSession,
        })
      ).status,
    ).toBe(201);
    expect((await call(c.url, 'DELETE', '/__facsimile/sessions/team-a')).status).toBe(204);
    expect(
      (await call(late.url, 'GET', '/triton/demo/users/again', { headers: inSession })).status,
    ).toBe(404);
  }, 60_000);

  it('a session started from a snapshot through one process reads that snapshot on the others', async () => {
    const url = await cluster.database(`facsimile_snapshot_sessions_${process.pid}`);
    const [a, b, c] = (await serveShared(url, 3)) as [Serving, Serving, Serving];
    expect(
      (await call(a.url, 'POST', '/triton/demo/users', { body: tritonUser('pictured') })).status,
    ).toBe(201);
    expect((await call(a.url, 'PUT', '/__facsimile/snapshots/picture', { body: {} })).status).toBe(
      201,
    );
    expect((await call(a.url, 'DELETE', '/triton/demo/users/pictured')).status).toBe(204);
    const started = await call(b.url, 'POST', '/__facsimile/sessions', {
      body: { id: 'from-picture', snapshot: 'picture' },
    });
    expect(started.status).toBe(201);
    const headers = { 'x-facsimile-session': 'from-picture' };
    expect((await call(c.url, 'GET', '/triton/demo/users/pictured', { headers })).status).toBe(200);
    expect((await call(c.url, 'GET', '/triton/demo/users/pictured')).status).toBe(404);
    const again = await call(a.url, 'POST', '/__facsimile/sessions', {
      body: { id: 'from-picture' },
    });
    expect(again.status).toBe(409);
  }, 60_000);

  it('a Pact provider state set up through one process is the state every process serves', async () => {
    const url = await cluster.database(`facsimile_states_${process.pid}`);
    const [a, b] = (await serveShared(url, 2)) as [Serving, Serving];
    const state = "a Triton account 'demo' with user 'pactuser'";
    const setup = await call(a.url, 'POST', '/__facsimile/provider-states', {
      body: { state, action: 'setup' },
    });
    expect(setup.status).toBe(200);
    expect((await call(b.url, 'GET', '/triton/demo/users/pactuser')).status).toBe(200);
    const teardown = await call(b.url, 'POST', '/__facsimile/provider-states', {
      body: { state, action: 'teardown' },
    });
    expect(teardown.status).toBe(200);
    expect((await call(a.url, 'GET', '/triton/demo/users/pactuser')).status).toBe(404);
  }, 60_000);
});
