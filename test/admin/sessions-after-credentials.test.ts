import { describe, expect, it } from 'vitest';
import { bearer } from '../support/stub.ts';
import { useAdminStub } from './setup.ts';

const stub = useAdminStub({ apiPorts: false, maxSessions: 5 });

describe('issue 12: a session starts only once the request’s credentials pass', () => {
  it('refused requests leave no session, so they cannot lock others out', async () => {
    const { admin, stub: running } = stub();
    for (let at = 0; at < 8; at += 1) {
      const anonymous = await running.call('triton', 'GET', '/demo/users', {
        headers: { 'x-facsimile-session': `anonymous-${at}`, ...bearer('wrong-token') },
      });
      expect(anonymous.status).toBe(401);
    }
    expect((await admin('GET', '/sessions')).body.sessions).toEqual([]);

    const created = await running.call('triton', 'POST', '/demo/users', {
      headers: { 'x-facsimile-session': 'real-job', ...bearer() },
      body: { login: 'sessioned', email: 's@example.com', password: 'Sessioned-41x' },
    });
    expect(created.status).toBe(201);
    const sessions = (await admin('GET', '/sessions')).body.sessions;
    expect(sessions.map((session: { id: string }) => session.id)).toEqual(['real-job']);
    const read = await running.call('triton', 'GET', '/demo/users/sessioned', {
      headers: { 'x-facsimile-session': 'real-job', ...bearer() },
    });
    expect(read.status).toBe(200);
    const shared = await running.call('triton', 'GET', '/demo/users/sessioned', {
      headers: bearer(),
    });
    expect(shared.status).toBe(404);
  });
});
