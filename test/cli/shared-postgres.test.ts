import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, PASSWORD, postgresMissing, rowsOf } from '../support/postgres.ts';
import {
  call,
  tritonUser,
  range,
  serveShared,
  statusesOf,
  uniqueCases,
  type Serving,
} from './shared-support.ts';
import { cleanUp, tempDir } from './support.ts';

const missing = postgresMissing();
let cluster: Cluster;
let databases = 0;

/** A fresh database on the test cluster. */
function freshDatabase(): Promise<string> {
  databases += 1;
  return cluster.database(`facsimile_${process.pid}_${databases}`);
}

describe.skipIf(missing)('several processes on one PostgreSQL database', () => {
  beforeAll(async () => {
    cluster = await Cluster.start();
  }, 60_000);
  afterAll(() => cluster?.destroy());
  afterEach(cleanUp);

  it('seeds once however many start together, and every process serves that one state', async () => {
    const url = await freshDatabase();
    const processes = await serveShared(url, 3);
    expect(await rowsOf(url, 'SELECT seq FROM facsimile_checkpoints')).toHaveLength(1);
    const seeders = processes.filter((p) => p.stderr().includes('seeded the store'));
    expect(seeders).toHaveLength(1);
    const dumps = await Promise.all(
      processes.map((p) => call(p.url, 'GET', '/__facsimile/state/triton')),
    );
    expect(dumps.map((dump) => dump.status)).toEqual([200, 200, 200]);
    expect(dumps[1]!.body).toEqual(dumps[0]!.body);
    expect(dumps[2]!.body).toEqual(dumps[0]!.body);
  });

  it('a process waiting while another seeds a large store is not cut off by the statement timeout', async () => {
    const url = await freshDatabase();
    const processes = await serveShared(url, 2, ['--users', '2000', '--store-timeout', '250']);
    const health = await Promise.all(
      processes.map((p) => call(p.url, 'GET', '/__facsimile/health')),
    );
    expect(health.map((answer) => answer.body.store.users)).toEqual([2000, 2000]);
  }, 60_000);

  it('reads its writes across processes: a create on one is there on the very next request to another', async () => {
    const url = await freshDatabase();
    const processes = await serveShared(url, 3);
    for (const i of range(15)) {
      const writer = processes[i % 3]!;
      const reader = processes[(i + 1) % 3]!;
      const login = `ryw${i}`;
      const created = await call(writer.url, 'POST', '/triton/demo/users', {
        body: tritonUser(login),
      });
      expect(created.status).toBe(201);
      const read = await call(reader.url, 'GET', `/triton/demo/users/${login}`);
      expect(read.status, `user ${login} read on another process`).toBe(200);
      expect(read.body.login).toBe(login);
    }
  });

  it.each(uniqueCases.map((c) => [c.api, c] as const))(
    '%s: 50 concurrent creates of one name over three processes leave one holder, the rest answered as the provider does',
    async (_api, unique) => {
      const url = await freshDatabase();
      const processes = await serveShared(url, 3);
      const answers = await Promise.all(
        range(50).map((i) =>
          call(processes[i % 3]!.url, 'POST', unique.path, {
            body: unique.body,
            ...(unique.headers ? { headers: unique.headers } : {}),
          }),
        ),
      );
      const expected =
        unique.taken.status === 201 ? { 201: 50 } : { 201: 1, [unique.taken.status]: 49 };
      expect(statusesOf(answers)).toEqual(expected);
      if (unique.taken.body)
        for (const answer of answers.filter((a) => a.status !== 201))
          expect(answer.body).toEqual(unique.taken.body);
      for (const p of processes) {
        const dump = await call(p.url, 'GET', `/__facsimile/state/${unique.api}`);
        expect(unique.holders(dump.body.data)).toBe(1);
      }
    },
    60_000,
  );

  it('kill -9 of one process mid-burst loses no acknowledged write, and the others keep serving', async () => {
    const url = await freshDatabase();
    const processes = await serveShared(url, 3);
    const victim = processes[0]!;
    let killed = false;
    const answers = await Promise.all(
      range(150).map(async (i) => {
        const login = `burst${i}`;
        // A third of the way in, the first process dies without a chance to flush anything.
        if (i === 50) setTimeout(() => (killed = victim.child.kill('SIGKILL')), 0);
        const target = processes[i % 3]!;
        return {
          login,
          answer: await call(target.url, 'POST', '/triton/demo/users', { body: tritonUser(login) }),
        };
      }),
    );
    expect(killed).toBe(true);
    await victim.exited;
    const acknowledged = answers.filter((a) => a.answer.status === 201).map((a) => a.login);
    expect(acknowledged.length).toBeGreaterThanOrEqual(100);
    const survivors = processes.slice(1);
    for (const login of acknowledged) {
      const read = await call(
        survivors[login.length % 2]!.url,
        'GET',
        `/triton/demo/users/${login}`,
      );
      expect(read.status, `acknowledged ${login}`).toBe(200);
    }
    const more = await call(survivors[0]!.url, 'POST', '/triton/demo/users', {
      body: tritonUser('after'),
    });
    expect(more.status).toBe(201);
    expect((await call(survivors[1]!.url, 'GET', '/triton/demo/users/after')).status).toBe(200);
  }, 60_000);

  it('a reset through one process is the state of every process', async () => {
    const url = await freshDatabase();
    const [a, b, c] = (await serveShared(url, 3)) as [Serving, Serving, Serving];
    expect(
      (await call(a.url, 'POST', '/triton/demo/users', { body: tritonUser('gone') })).status,
    ).toBe(201);
    expect((await call(c.url, 'GET', '/triton/demo/users/gone')).status).toBe(200);
    const reset = await call(b.url, 'POST', '/__facsimile/reset', { body: { api: 'triton' } });
    expect(reset.status).toBe(200);
    expect((await call(c.url, 'GET', '/triton/demo/users/gone')).status).toBe(404);
    expect((await call(a.url, 'GET', '/triton/demo/users/gone')).status).toBe(404);
    // The reset claimed its place in the order: a create after it is kept.
    expect(
      (await call(c.url, 'POST', '/triton/demo/users', { body: tritonUser('kept') })).status,
    ).toBe(201);
    expect((await call(a.url, 'GET', '/triton/demo/users/kept')).status).toBe(200);
  });

  it('PostgreSQL stopped under load: the provider’s 503, nothing acknowledged lost, then service by itself', async () => {
    const url = await freshDatabase();
    const [a, b] = (await serveShared(url, 2)) as [Serving, Serving];
    expect(
      (await call(a.url, 'POST', '/triton/demo/users', { body: tritonUser('before') })).status,
    ).toBe(201);
    await cluster.stop('fast');
    try {
      const down = await Promise.all(
        range(10).map((i) =>
          call([a, b][i % 2]!.url, 'POST', '/triton/demo/users', { body: tritonUser(`down${i}`) }),
        ),
      );
      expect(statusesOf(down)).toEqual({ 503: 10 });
      for (const answer of down) {
        expect(Object.keys(answer.body).sort()).toEqual(['code', 'message']);
        expect(JSON.stringify(answer.body)).not.toMatch(/\.ts:\d|\bat \/|\/tmp\//);
      }
      expect((await call(b.url, 'GET', '/triton/demo/users/before')).status).toBe(503);
      const health = await call(a.url, 'GET', '/__facsimile/health');
      expect(health.status).toBe(200);
      expect(health.body.status).toBe('store-unreachable');
      expect(health.body.store).toMatchObject({ kind: 'postgres', reachable: false, head: null });
    } finally {
      await cluster.resume();
    }
    expect((await call(b.url, 'GET', '/triton/demo/users/before')).status).toBe(200);
    expect(
      (await call(b.url, 'POST', '/triton/demo/users', { body: tritonUser('back') })).status,
    ).toBe(201);
    expect((await call(a.url, 'GET', '/triton/demo/users/back')).status).toBe(200);
    for (const i of range(10))
      expect((await call(a.url, 'GET', `/triton/demo/users/down${i}`)).status).toBe(404);
  }, 60_000);

  it('health reports the store, its reachability and the lag; the password is never shown', async () => {
    const url = await freshDatabase();
    // The URL from the environment, and from the configuration file's `store` key.
    const [a] = (await serveShared(null, 1, [], { env: { FACSIMILE_STORE: url } })) as [Serving];
    const cwd = await tempDir();
    await writeFile(join(cwd, 'facsimile.config.yaml'), `store: ${url}\nstore-pool-size: 2\n`);
    const [b] = (await serveShared(null, 1, [], { cwd })) as [Serving];
    expect(
      (await call(a.url, 'POST', '/triton/demo/users', { body: tritonUser('lagging') })).status,
    ).toBe(201);
    const health = await call(b.url, 'GET', '/__facsimile/health');
    expect(health.body.status).toBe('ok');
    expect(health.body.store).toMatchObject({
      kind: 'postgres',
      reachable: true,
      head: 1,
      applied: 0,
      lag: 1,
    });
    expect(health.body.store.file).toContain('***@127.0.0.1');
    for (const p of [a, b]) {
      expect(p.stdout() + p.stderr()).not.toContain(PASSWORD);
      expect(JSON.stringify((await call(p.url, 'GET', '/__facsimile/health')).body)).not.toContain(
        PASSWORD,
      );
    }
  });
});
