import { beforeEach, describe, expect, it } from 'vitest';
import { CAROL, useAdminStub } from './setup.ts';

const stub = useAdminStub({ journalCapacity: 5 });

beforeEach(async () => {
  await stub().admin('DELETE', '/journal');
  await stub().stub.reset();
});

describe('the request journal', () => {
  it('files each answered request, newest first, with its operation, status and session', async () => {
    const { triton, admin } = stub();
    await triton('GET', '/demo/users/alice');
    await triton('GET', '/demo/users/nobody', 'journal-session');
    const listed = await admin('GET', '/journal');
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ capacity: 5, size: 2, total: 2 });
    expect(listed.body.entries.map((e: { path: string }) => e.path)).toEqual([
      '/demo/users/nobody',
      '/demo/users/alice',
    ]);
    expect(listed.body.entries[0]).toMatchObject({
      api: 'triton',
      operationId: 'GetUser',
      method: 'GET',
      status: 404,
      session: 'journal-session',
      response: { body: { code: 'ResourceNotFound' } },
    });
    expect(listed.body.entries[1].response.body.login).toBe('alice');
  });

  it('filters by API, operationId, status and session, and limits', async () => {
    const { triton, admin, stub: running } = stub();
    await triton('GET', '/demo/users/alice');
    await triton('GET', '/demo/users/nobody', 'filtered');
    await running.call('scalingo', 'GET', '/v1/users/self', {
      headers: { authorization: 'Bearer facsimile-demo' },
    });
    const ops = async (query: string) =>
      (await admin('GET', `/journal?${query}`)).body.entries.map(
        (e: { operationId: string; status: number }) => `${e.operationId} ${e.status}`,
      );
    expect(await ops('api=scalingo')).toEqual(['getCurrentUser 200']);
    expect(await ops('operationId=GetUser')).toEqual(['GetUser 404', 'GetUser 200']);
    expect(await ops('status=404')).toEqual(['GetUser 404']);
    expect(await ops('session=filtered')).toEqual(['GetUser 404']);
    expect(await ops('limit=1')).toEqual(['getCurrentUser 200']);
    const bad = await admin('GET', '/journal?status=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('status');
  });

  it('keeps only the last `capacity` entries', async () => {
    const { triton, admin } = stub();
    for (let i = 0; i < 8; i += 1) await triton('GET', `/demo/users/nobody${i}`);
    const listed = (await admin('GET', '/journal')).body;
    expect(listed).toMatchObject({ capacity: 5, size: 5, total: 5 });
    expect(listed.entries.map((e: { path: string }) => e.path)).toEqual(
      [7, 6, 5, 4, 3].map((i) => `/demo/users/nobody${i}`),
    );
  });

  it('redacts passwords, tokens and credentials in requests and responses', async () => {
    const { triton, admin, stub: running } = stub();
    expect((await triton('POST', '/demo/users', undefined, { body: CAROL })).status).toBe(201);
    const db = await running.call('scalingo-db', 'POST', '/api/databases/my-db-123/users', {
      headers: { authorization: 'Bearer facsimile-demo' },
      body: { database_user: { name: 'journaluser' } },
    });
    expect(db.status, db.text).toBe(201);
    const generated = db.body.database_user.password as string;
    const text = (await admin('GET', '/journal')).text;
    for (const secret of [CAROL.password, generated, 'facsimile-demo'])
      expect(text).not.toContain(secret);
    const entries = (await admin('GET', '/journal')).body.entries;
    expect(entries[1].request.body).toEqual({ ...CAROL, password: '[redacted]' });
    expect(entries[1].request.headers.authorization).toBe('[redacted]');
    expect(entries[0].response.body.database_user.password).toBe('[redacted]');
  });

  it('verify counts the calls that match a pattern', async () => {
    const { triton, admin } = stub();
    await triton('POST', '/demo/users', undefined, { body: CAROL });
    await triton('POST', '/demo/users', undefined, { body: CAROL });
    const verify = (pattern: object) => admin('POST', '/journal/verify', { body: pattern });
    const carol = { api: 'triton', operationId: 'CreateUser', body: { login: 'carol' } };
    expect((await verify({ ...carol, times: 2 })).body).toMatchObject({
      verified: true,
      count: 2,
      expected: 'exactly 2',
    });
    expect((await verify({ ...carol, status: 409, times: 1 })).body.verified).toBe(true);
    expect((await verify({ ...carol, times: 1 })).body).toMatchObject({
      verified: false,
      count: 2,
    });
    expect((await verify({ ...carol, atLeast: 3 })).body.verified).toBe(false);
    expect((await verify({ ...carol, atMost: 2, atLeast: 2 })).body.expected).toBe(
      'at least 2 and at most 2',
    );
    expect((await verify({ operationId: 'CreateUser', body: { login: 'dave' } })).body).toEqual({
      verified: false,
      count: 0,
      expected: 'at least 1',
      entries: [],
    });
    expect((await verify({ method: 'post', path: '/demo/users' })).body.count).toBe(2);
    expect((await verify({ times: -1 })).status).toBe(400);
    expect((await verify({ unknownField: 1 })).status).toBe(400);
  });

  it('DELETE /journal empties it', async () => {
    const { triton, admin } = stub();
    await triton('GET', '/demo/users/alice');
    expect((await admin('DELETE', '/journal')).status).toBe(204);
    expect((await admin('GET', '/journal')).body).toMatchObject({ size: 0, entries: [] });
  });
});
