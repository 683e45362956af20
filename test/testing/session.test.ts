import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRunStub, URL_VARIABLE, useSession, type RunStub } from '../../src/testing/index.ts';
import { DEMO_TOKEN } from '../support/stub.ts';

interface Listed {
  sessions: { id: string }[];
}

const auth = { authorization: `Bearer ${DEMO_TOKEN}` };
let run: RunStub;
let guarded: RunStub;

beforeAll(async () => {
  guarded = await startRunStub({ users: 1, adminToken: 'run-secret', apiPorts: false });
  run = await startRunStub({ users: 1, apiPorts: false });
});
afterAll(async () => {
  delete process.env.FACSIMILE_URL;
  await run?.stop();
  await guarded?.stop();
});

const bob = (session: ReturnType<typeof useSession>) =>
  session.fetch(`${session.urls.triton}/demo/users/bob`, { headers: auth });

describe('the test-suite helpers', () => {
  it('publish the run stub for test files and give each session its own state', async () => {
    expect(process.env[URL_VARIABLE]).toBe(run.url);
    const first = useSession();
    const second = useSession(run.url);
    expect(first.id).not.toBe(second.id);
    expect(first.urls['scalingo-db']).toBe(`${run.url}/scalingo-db`);

    const deleted = await first.fetch(`${first.urls.triton}/demo/users/bob`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(deleted.status).toBe(204);
    expect((await bob(first)).status).toBe(404);
    expect((await bob(second)).status).toBe(200);
    // The shared state, without a session header, is untouched.
    expect((await fetch(`${run.url}/triton/demo/users/bob`, { headers: auth })).status).toBe(200);

    await first.reset('triton');
    expect((await bob(first)).status).toBe(200);
  });

  it('send the session header with paths on the main URL and with any client', async () => {
    const session = useSession(run.url, { id: 'fixed-id' });
    expect(session.headers).toEqual({ 'X-Facsimile-Session': 'fixed-id' });
    await bob(session);
    const sessions = (await (await session.fetch('/__facsimile/sessions')).json()) as Listed;
    expect(sessions.sessions.map((s) => s.id)).toContain('fixed-id');
    await session.end();
    const after = (await (await session.fetch('/__facsimile/sessions')).json()) as Listed;
    expect(after.sessions.map((s) => s.id)).not.toContain('fixed-id');
  });

  it('use the admin token when the stub has one, and say what is wrong without it', async () => {
    const withToken = useSession(guarded.url, { adminToken: 'run-secret' });
    await expect(withToken.reset()).resolves.toBeUndefined();
    await expect(useSession(guarded.url).reset()).rejects.toThrow(/answered 401/);
  });

  it('say how to start a stub when there is no URL', () => {
    expect(() => useSession('')).toThrow(/FACSIMILE_URL is not set.*startRunStub/);
  });
});
