import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StubOptions } from '../../src/core/serving/server.ts';
import { startTestStub, type TestStub } from '../support/stub.ts';
import { adminOf, CAROL } from './setup.ts';

const stubs: TestStub[] = [];
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((stub) => stub.dispose()));
});

async function started(options: Partial<StubOptions> = {}) {
  const stub = await startTestStub(options);
  stubs.push(stub);
  return adminOf(stub);
}

const user = (login: string) => ({
  login,
  email: `${login}@example.com`,
  password: 'Scoped-secret-42',
});

describe('snapshots through the same change path (issue 11)', () => {
  it('saves one name concurrently: every answer is clean and the snapshot is whole', async () => {
    const { admin, triton } = await started();
    expect((await triton('POST', '/demo/users', undefined, { body: CAROL })).status).toBe(201);
    const saves = await Promise.all(
      Array.from({ length: 8 }, () => admin('PUT', '/snapshots/busy')),
    );
    expect(saves.map((answer) => answer.status).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    expect((await triton('DELETE', '/demo/users/carol')).status).toBe(204);
    expect((await admin('POST', '/snapshots/busy/restore')).status).toBe(200);
    expect((await triton('GET', '/demo/users/carol')).status).toBe(200);
  });

  it('keeps names apart that once collided with the info file (x and x.info)', async () => {
    const { admin, stub } = await started();
    expect((await admin('PUT', '/snapshots/x')).status).toBe(201);
    expect((await admin('PUT', '/snapshots/x.info')).status).toBe(201);
    expect((await admin('PUT', '/snapshots/x.info.json')).status).toBe(201);
    const listed = await admin('GET', '/snapshots');
    const names = (listed.body as { snapshots: { name: string }[] }).snapshots.map((s) => s.name);
    expect(names.sort()).toEqual(['x', 'x.info', 'x.info.json']);
    for (const name of names)
      expect((await admin('POST', `/snapshots/${name}/restore`)).status).toBe(200);
    // A restart reads the same list back.
    const folder = join(dirname(stub.dbFile), 'snapshots');
    expect((await readdir(folder)).sort()).toEqual(['x', 'x.info', 'x.info.json']);
  });

  it.each(['.hidden', '.info'])('refuses the hidden name %j with 400', async (name) => {
    const { admin } = await started();
    const answer = await admin('PUT', `/snapshots/${encodeURIComponent(name)}`);
    expect(answer.status).toBe(400);
  });

  it('a restore racing with writes answers cleanly and leaves the snapshot intact', async () => {
    const { admin, triton } = await started();
    expect((await admin('PUT', '/snapshots/base')).status).toBe(201);
    const writes = Array.from({ length: 30 }, (_, n) =>
      triton('POST', '/demo/users', undefined, { body: user(`racer${n}`) }),
    );
    const restore = admin('POST', '/snapshots/base/restore');
    const answers = await Promise.all([...writes, restore]);
    for (const answer of answers) expect([200, 201]).toContain(answer.status);
    for (const answer of answers) expect(JSON.stringify(answer.body)).not.toMatch(/\/tmp\//);
    // Restoring again gives exactly the snapshot: none of the racers.
    expect((await admin('POST', '/snapshots/base/restore')).status).toBe(200);
    const list = await triton('GET', '/demo/users');
    expect(JSON.stringify(list.body)).not.toContain('racer');
  });
});

describe('sessions hold only what they changed (issue 11)', () => {
  it('a session sees the seed plus its own changes; others and the shared state do not', async () => {
    const { triton } = await started();
    expect((await triton('POST', '/demo/users', 'one', { body: user('mine') })).status).toBe(201);
    expect((await triton('DELETE', '/demo/users/alice', 'one')).status).toBe(204);
    expect((await triton('GET', '/demo/users/mine', 'one')).status).toBe(200);
    expect((await triton('GET', '/demo/users/alice', 'one')).status).toBe(404);
    expect((await triton('GET', '/demo/users/alice', 'two')).status).toBe(200);
    expect((await triton('GET', '/demo/users/mine', 'two')).status).toBe(404);
    expect((await triton('GET', '/demo/users/mine')).status).toBe(404);
    const listed = await triton('GET', '/demo/users', 'one');
    const logins = (listed.body as { login: string }[]).map((row) => row.login);
    expect(logins).toContain('mine');
    expect(logins).not.toContain('alice');
  });

  it('refuses a change beyond the sessions’ memory bound with 503 in the provider’s format', async () => {
    const { triton } = await started({ maxSessionMegabytes: 0.01 });
    let refused: { status: number; body: unknown } | undefined;
    for (let n = 0; n < 200 && !refused; n += 1) {
      const answer = await triton('POST', '/demo/users', 'greedy', { body: user(`greedy${n}`) });
      if (answer.status !== 201) refused = answer;
    }
    expect(refused?.status).toBe(503);
    expect(refused?.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    // The refused create left nothing behind, and the shared state still takes writes.
    expect((await triton('POST', '/demo/users', undefined, { body: user('shared') })).status).toBe(
      201,
    );
  });
});

describe('admin calls naming a session never change the shared state (issue 11)', () => {
  const json = { 'content-type': 'application/json' };

  it('a provider state set up and torn down in a session stays in that session', async () => {
    const { admin, triton } = await started();
    expect(
      (await triton('POST', '/demo/users', undefined, { body: user('sharedkeep') })).status,
    ).toBe(201);
    const state = "a Triton account 'demo' with user 'pactuser'";
    const setup = await admin('POST', '/provider-states', {
      headers: { ...json, 'x-facsimile-session': 'pact' },
      body: { state, action: 'setup' },
    });
    expect(setup.status).toBe(200);
    expect((await triton('GET', '/demo/users/pactuser', 'pact')).status).toBe(200);
    expect((await triton('GET', '/demo/users/pactuser')).status).toBe(404);
    const teardown = await admin('POST', '/provider-states', {
      headers: { ...json, 'x-facsimile-session': 'pact' },
      body: { state, action: 'teardown' },
    });
    expect(teardown.status).toBe(200);
    expect((await triton('GET', '/demo/users/pactuser', 'pact')).status).toBe(404);
    // The shared state kept what it had.
    expect((await triton('GET', '/demo/users/sharedkeep')).status).toBe(200);
  });

  it.each([
    ['PUT', '/snapshots/from-session'],
    ['POST', '/snapshots/base/restore'],
  ])('%s %s with a session is refused with 400 and changes nothing', async (method, path) => {
    const { admin, triton } = await started();
    expect((await admin('PUT', '/snapshots/base')).status).toBe(201);
    expect((await triton('POST', '/demo/users', undefined, { body: user('sharedz') })).status).toBe(
      201,
    );
    const answer = await admin(method, path, {
      headers: { ...json, 'x-facsimile-session': 'q1' },
      ...(method === 'POST' ? { body: {} } : {}),
    });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('X-Facsimile-Session');
    expect((await triton('GET', '/demo/users/sharedz')).status).toBe(200);
    const listed = await admin('GET', '/snapshots');
    const names = (listed.body as { snapshots: { name: string }[] }).snapshots.map((s) => s.name);
    expect(names).toEqual(['base']);
  });
});
