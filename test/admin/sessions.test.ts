import { beforeEach, describe, expect, it } from 'vitest';
import { CAROL, useAdminStub } from './setup.ts';

const stub = useAdminStub({ sessionIdleSeconds: 60 });

beforeEach(async () => {
  const { admin, stub: running } = stub();
  for (const session of (await admin('GET', '/sessions')).body.sessions)
    await admin('DELETE', `/sessions/${session.id}`);
  await running.reset();
});

describe('X-Facsimile-Session: isolated copy-on-write state', () => {
  it('two sessions create the same login and both succeed; the shared state is untouched', async () => {
    const { triton } = stub();
    const [first, second] = await Promise.all([
      triton('POST', '/demo/users', 'job-1', { body: CAROL }),
      triton('POST', '/demo/users', 'job-2', { body: CAROL }),
    ]);
    expect(first.status, first.text).toBe(201);
    expect(second.status, second.text).toBe(201);
    expect(first.body.id).not.toBe(second.body.id);
    expect((await triton('GET', '/demo/users/carol', 'job-1')).body.id).toBe(first.body.id);
    expect((await triton('GET', '/demo/users/carol', 'job-2')).body.id).toBe(second.body.id);
    const shared = await triton('GET', '/demo/users/carol');
    expect(shared.status).toBe(404);
    expect(shared.body.code).toBe('ResourceNotFound');
  });

  it('parallel jobs each see exactly their own writes', async () => {
    const { triton } = stub();
    const jobs = Array.from({ length: 8 }, (_, job) => `parallel-${job}`);
    const logins = (job: number) => Array.from({ length: 10 }, (_, i) => `j${job}_user_${i}`);
    const answers = await Promise.all(
      jobs.flatMap((session, job) =>
        logins(job).map((login) =>
          triton('POST', '/demo/users', session, {
            body: { login, email: `${login}@example.com`, password: 'Parallel-secret-9' },
          }),
        ),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));
    const shared = (await triton('GET', '/demo/users')).body.map((u: { login: string }) => u.login);
    for (const [job, session] of jobs.entries()) {
      const seen = (await triton('GET', '/demo/users', session)).body.map(
        (user: { login: string }) => user.login,
      );
      const created = seen.filter((login: string) => !shared.includes(login));
      expect(created.sort()).toEqual(logins(job).sort());
    }
    expect(shared.filter((login: string) => login.includes('_user_'))).toEqual([]);
  });

  it('a session deleted through the admin API starts again from the seed', async () => {
    const { triton, admin } = stub();
    await triton('POST', '/demo/users', 'gone', { body: CAROL });
    const listed = await admin('GET', '/sessions');
    expect(listed.status).toBe(200);
    const session = listed.body.sessions.find((s: { id: string }) => s.id === 'gone');
    expect(session).toMatchObject({ id: 'gone', from: 'seed', requests: 1 });
    expect(Date.parse(session.expiresAt) - Date.parse(session.lastUsedAt)).toBe(60_000);
    expect((await admin('DELETE', '/sessions/gone')).status).toBe(204);
    expect((await admin('DELETE', '/sessions/gone')).status).toBe(404);
    expect((await triton('GET', '/demo/users/carol', 'gone')).status).toBe(404);
  });

  it('reset with the session header resets that session only', async () => {
    const { triton, admin } = stub();
    await triton('POST', '/demo/users', 'mine', { body: CAROL });
    await triton('DELETE', '/demo/users/bob');
    const reset = await admin('POST', '/reset', {
      headers: { 'x-facsimile-session': 'mine' },
      body: { api: 'triton' },
    });
    expect(reset.status, reset.text).toBe(200);
    expect(reset.body).toEqual({ reset: ['triton'], session: 'mine' });
    expect((await triton('GET', '/demo/users/carol', 'mine')).status).toBe(404);
    expect((await triton('GET', '/demo/users/bob')).status).toBe(404);
  });

  it('a session created from a snapshot starts with the snapshot’s data', async () => {
    const { triton, admin } = stub();
    await triton('POST', '/demo/users', undefined, { body: CAROL });
    expect((await admin('PUT', '/snapshots/with-carol')).status).toBeLessThan(300);
    await stub().stub.reset();
    const created = await admin('POST', '/sessions', {
      body: { id: 'from-snap', snapshot: 'with-carol' },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ id: 'from-snap', from: 'snapshot:with-carol' });
    expect((await triton('GET', '/demo/users/carol', 'from-snap')).status).toBe(200);
    expect((await triton('GET', '/demo/users/carol')).status).toBe(404);
    expect((await admin('POST', '/sessions', { body: { id: 'from-snap' } })).status).toBe(409);
    expect((await admin('POST', '/sessions', { body: { snapshot: 'nope' } })).status).toBe(404);
    const fresh = await admin('POST', '/sessions', {});
    expect(fresh.status).toBe(201);
    expect(fresh.body.id).toMatch(/^session-/);
  });

  it('a malformed session id is refused in the provider’s own error format', async () => {
    const { triton, stub: running } = stub();
    const answer = await triton('GET', '/demo/users', 'bad id with spaces');
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('InvalidArgument');
    const scalr = await running.call('scalr', 'GET', '/api/iacp/v3/users', {
      headers: { authorization: 'Bearer facsimile-demo', 'x-facsimile-session': 'x'.repeat(200) },
    });
    expect(scalr.status).toBe(422);
    expect(scalr.body.errors[0].status).toBe('422');
  });
});

describe('sessions expire after their idle time', () => {
  const quick = useAdminStub({ sessionIdleSeconds: 1 });

  it('an idle session is gone, and its id starts over from the seed', async () => {
    const { triton, admin } = quick();
    expect((await triton('POST', '/demo/users', 'brief', { body: CAROL })).status).toBe(201);
    expect((await admin('GET', '/sessions')).body.sessions).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect((await admin('GET', '/sessions')).body.sessions).toEqual([]);
    expect((await triton('GET', '/demo/users/carol', 'brief')).status).toBe(404);
  });
});

describe('the number of live sessions is bounded', () => {
  const bounded = useAdminStub({ maxSessions: 2 });

  it('refuses a session past the bound, in the provider’s format, until one ends', async () => {
    const { triton, admin } = bounded();
    expect((await triton('GET', '/demo/users', 'first')).status).toBe(200);
    expect((await triton('GET', '/demo/users', 'second')).status).toBe(200);
    const refused = await triton('GET', '/demo/users', 'third');
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('InternalError');
    expect(refused.body.message).toContain('2 live sessions');
    const viaAdmin = await admin('POST', '/sessions', { body: { id: 'third' } });
    expect(viaAdmin.status).toBe(503);
    expect((await triton('GET', '/demo/users', 'first')).status).toBe(200);
    expect((await admin('DELETE', '/sessions/first')).status).toBe(204);
    expect((await triton('GET', '/demo/users', 'third')).status).toBe(200);
  });
});
