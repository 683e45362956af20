import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { loadSpec } from '../../src/core/specs/spec.ts';
import { API_NAMES } from '../../src/core/specs/spec-files.ts';
import { bearer, call, startTestStub } from '../support/stub.ts';
import { adminOf, CAROL, useAdminStub } from './setup.ts';

const stub = useAdminStub();
beforeEach(() => stub().stub.reset());

describe('health', () => {
  it('says what is served, where the state lives and how full the journal is', async () => {
    const answer = await stub().admin('GET', '/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'ok',
      store: { file: stub().stub.dbFile, seed: 4010, users: 3 },
      journal: { capacity: 1000 },
      sessions: expect.any(Number),
      rules: 0,
    });
    expect(answer.body.apis.map((api: { name: string }) => api.name)).toEqual([...API_NAMES]);
    const triton = answer.body.apis.find((api: { name: string }) => api.name === 'triton');
    expect(triton.ownPort).toBe(Number(new URL(String(stub().stub.rootUrlOf('triton'))).port));
    expect(triton.credentials).toContain('facsimile-demo');
  });
});

describe('reset', () => {
  it('puts one API back to its seed and leaves the others alone', async () => {
    const { triton, admin, stub: running } = stub();
    await triton('POST', '/demo/users', undefined, { body: CAROL });
    await running.call('scalingo-db', 'DELETE', '/api/databases/my-db-123/users/reporting', {
      headers: bearer(),
    });
    const reset = await admin('POST', '/reset', { body: { api: 'triton' } });
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({ reset: ['triton'] });
    expect((await triton('GET', '/demo/users/carol')).status).toBe(404);
    const db = await running.call('scalingo-db', 'GET', '/api/databases/my-db-123/users', {
      headers: bearer(),
    });
    expect(JSON.stringify(db.body)).not.toContain('"reporting"');
  });

  it('without a body resets every API; an unknown API is a 400', async () => {
    const { triton, admin } = stub();
    await triton('POST', '/demo/users', undefined, { body: CAROL });
    expect((await admin('POST', '/reset')).body).toEqual({ reset: [...API_NAMES] });
    expect((await triton('GET', '/demo/users/carol')).status).toBe(404);
    const unknown = await admin('POST', '/reset', { body: { api: 'nowhere' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toContain('api');
  });
});

describe('snapshots', () => {
  it('save, list, restore and delete the whole store by name, and outlive a restart', async () => {
    // A stub of its own: the restart stops it (one process holds a store at a time).
    const { triton, admin, stub: running } = adminOf(await startTestStub());
    await triton('POST', '/demo/users', undefined, { body: CAROL });
    const saved = await admin('PUT', '/snapshots/demo-day');
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ name: 'demo-day', apis: [...API_NAMES] });
    expect((await admin('PUT', '/snapshots/demo-day')).status).toBe(200);
    await triton('DELETE', '/demo/users/carol');
    await triton('DELETE', '/demo/users/alice');
    const restored = await admin('POST', '/snapshots/demo-day/restore');
    expect(restored.status).toBe(200);
    expect((await triton('GET', '/demo/users/carol')).status).toBe(200);
    expect((await triton('GET', '/demo/users/alice')).status).toBe(200);

    await running.close();
    const again = adminOf(await startTestStub({ db: running.dbFile }));
    try {
      const listed = await again.admin('GET', '/snapshots');
      expect(listed.body.snapshots.map((s: { name: string }) => s.name)).toContain('demo-day');
      await again.triton('DELETE', '/demo/users/carol');
      expect((await again.admin('POST', '/snapshots/demo-day/restore')).status).toBe(200);
      expect((await again.triton('GET', '/demo/users/carol')).status).toBe(200);
      expect((await again.admin('DELETE', '/snapshots/demo-day')).status).toBe(204);
      expect((await again.admin('POST', '/snapshots/demo-day/restore')).status).toBe(404);
      expect((await again.admin('PUT', '/snapshots/..%2Fescape')).status).toBe(400);
    } finally {
      await again.stub.dispose();
      await running.dispose();
    }
  });
});

describe('state dumps', () => {
  it('show an API’s stored data, with password digests and tokens redacted', async () => {
    const { triton, admin } = stub();
    await triton('POST', '/demo/users', undefined, { body: CAROL });
    const dump = await admin('GET', '/state/triton');
    expect(dump.status).toBe(200);
    expect(dump.body.session).toBeNull();
    expect(dump.text).toContain('"carol"');
    expect(dump.text).not.toContain('facsimile-demo');
    const carol = dump.body.data.users.find(
      (u: { user: { login: string } }) => u.user.login === 'carol',
    );
    expect(carol.passwordHash).toBe('[redacted]');
    expect((await admin('GET', '/state/nowhere')).status).toBe(400);
  });

  it('show a session’s data with ?session= or the header', async () => {
    const { triton, admin } = stub();
    await triton('POST', '/demo/users', 'dumped', { body: CAROL });
    const bySession = await admin('GET', '/state/triton?session=dumped');
    expect(bySession.body.session).toBe('dumped');
    expect(bySession.text).toContain('"carol"');
    const byHeader = await admin('GET', '/state/triton', {
      headers: { 'x-facsimile-session': 'dumped' },
    });
    expect(byHeader.body).toEqual(bySession.body);
    expect((await admin('GET', '/state/triton')).text).not.toContain('"carol"');
    expect((await admin('GET', '/state/triton?session=never-used')).status).toBe(404);
  });
});

describe('served specs', () => {
  it('are the specs of spec/, with servers pointing at this stub', async () => {
    const { admin } = stub();
    for (const api of API_NAMES) {
      const served = await admin('GET', `/specs/${api}`);
      expect(served.status).toBe(200);
      expect(served.body.servers).toEqual([
        { url: `/${api}`, description: expect.stringContaining('facsimile') },
      ]);
      expect({ ...served.body, servers: [] }).toEqual({ ...loadSpec(api), servers: [] });
    }
    expect((await admin('GET', '/specs/nowhere')).status).toBe(400);
  });
});

describe('the admin API answers its own errors', () => {
  it('unknown routes and wrong methods under /__facsimile', async () => {
    const { admin } = stub();
    expect((await admin('GET', '/nothing-here')).status).toBe(404);
    expect((await admin('DELETE', '/health')).status).toBe(405);
    const malformed = await admin('POST', '/rules', { body: '{"fault":', raw: true });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toHaveProperty('error');
  });
});

describe('the admin token', () => {
  const stubs: Awaited<ReturnType<typeof startTestStub>>[] = [];
  afterAll(async () => {
    for (const running of stubs) await running.dispose();
  });

  it('when set, every admin call needs it; the APIs do not', async () => {
    const running = await startTestStub({ apis: allApis, adminToken: 'sesame-123' });
    stubs.push(running);
    const admin = (path: string, headers: Record<string, string> = {}) =>
      call(`${running.url}/__facsimile${path}`, 'GET', { headers });
    const refused = await admin('/health');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('Bearer');
    expect((await admin('/health', { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await admin('/health', { authorization: 'Bearer sesame-123' })).status).toBe(200);
    expect((await admin('/journal', { 'x-facsimile-admin-token': 'sesame-123' })).status).toBe(200);
    const states = await call(`${running.url}/__facsimile/provider-states`, 'POST', {
      body: { state: 'a Triton account demo', action: 'setup' },
    });
    expect(states.status).toBe(401);
    const api = await running.call('triton', 'GET', '/demo/users/alice', { headers: bearer() });
    expect(api.status).toBe(200);
  });

  it('off loopback, a token is required even when none was given', async () => {
    const running = await startTestStub({ apis: allApis, host: '0.0.0.0', apiPorts: false });
    stubs.push(running);
    expect(running.adminToken).toMatch(/^[\w-]{20,}$/);
    const port = new URL(running.url).port;
    const url = `http://127.0.0.1:${port}/__facsimile/health`;
    expect((await call(url, 'GET')).status).toBe(401);
    const allowed = await call(url, 'GET', {
      headers: { authorization: `Bearer ${running.adminToken}` },
    });
    expect(allowed.status).toBe(200);
  });
});
