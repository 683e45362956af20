import { describe, expect, it } from 'vitest';
import { useAdminStub } from './setup.ts';

const stub = useAdminStub();
const inSession = (id: string) => ({ headers: { 'x-facsimile-session': id } });
const fault = { api: 'triton', operationId: 'GetUser', fault: { status: 503 } };

describe('fault rules posted in a session (issue 21)', () => {
  it('meet only that session’s requests, and only it sees and removes them', async () => {
    const { admin, triton } = stub();
    const added = await admin('POST', '/rules', { body: fault, ...inSession('chaos') });
    expect(added.status, added.text).toBe(201);
    expect(added.body.session).toBe('chaos');

    expect((await triton('GET', '/demo/users/alice', 'chaos')).status).toBe(503);
    expect((await triton('GET', '/demo/users/alice', 'calm')).status).toBe(200);
    expect((await triton('GET', '/demo/users/alice')).status).toBe(200);

    expect((await admin('GET', '/rules', inSession('calm'))).body.rules).toEqual([]);
    expect((await admin('GET', '/rules', inSession('chaos'))).body.rules).toMatchObject([
      { id: added.body.id, matched: 1, applied: 1 },
    ]);
    // Neither another session nor a call without one can remove it.
    await admin('DELETE', '/rules', inSession('calm'));
    await admin('DELETE', '/rules');
    expect((await admin('DELETE', `/rules/${added.body.id}`, inSession('calm'))).status).toBe(404);
    expect((await admin('DELETE', `/rules/${added.body.id}`)).status).toBe(404);
    expect((await triton('GET', '/demo/users/alice', 'chaos')).status).toBe(503);

    expect((await admin('DELETE', `/rules/${added.body.id}`, inSession('chaos'))).status).toBe(204);
    expect((await triton('GET', '/demo/users/alice', 'chaos')).status).toBe(200);
  });

  it('a shared rule, posted without the header, still meets every session', async () => {
    const { admin, triton } = stub();
    const shared = await admin('POST', '/rules', { body: fault });
    expect(shared.body.session).toBeNull();
    expect((await triton('GET', '/demo/users/alice', 'any')).status).toBe(503);
    expect((await triton('GET', '/demo/users/alice')).status).toBe(503);
    await admin('DELETE', '/rules', inSession('any'));
    expect((await triton('GET', '/demo/users/alice')).status).toBe(503);
    await admin('DELETE', '/rules');
    expect((await triton('GET', '/demo/users/alice')).status).toBe(200);
  });

  it('end with their session', async () => {
    const { admin, triton } = stub();
    await admin('POST', '/rules', { body: fault, ...inSession('short') });
    expect(
      (await admin('GET', '/rules')).body.rules.map((r: { session: string }) => r.session),
    ).toEqual(['short']);
    expect((await admin('DELETE', '/sessions/short')).status).toBe(204);
    expect((await admin('GET', '/rules')).body.rules).toEqual([]);
    // The same id starts afresh, without the old rule.
    expect((await triton('GET', '/demo/users/alice', 'short')).status).toBe(200);
  });
});
