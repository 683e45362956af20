import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRunStub, useSession, type RunStub } from '../../src/testing/index.ts';
import { DEMO_TOKEN } from '../support/stub.ts';

const auth = { authorization: `Bearer ${DEMO_TOKEN}` };
let run: RunStub;

beforeAll(async () => {
  run = await startRunStub({ users: 1, apiPorts: false });
});
afterAll(async () => {
  delete process.env.FACSIMILE_URL;
  await run?.stop();
});

describe('the session helper’s verbs (issue 21)', () => {
  it('prefer: forces a documented status or a named example, in this session', async () => {
    const facsimile = useSession(run.url);
    const alice = `${facsimile.urls.triton}/demo/users/alice`;
    const missing = await facsimile.fetch(alice, {
      headers: { ...auth, ...facsimile.prefer({ code: 404 }) },
    });
    expect(missing.status).toBe(404);
    const bob = await fetch(alice, {
      headers: { ...auth, ...facsimile.prefer({ example: 'UserBob' }) },
    });
    expect(((await bob.json()) as { login: string }).login).toBe('bob');
    expect(facsimile.prefer({ code: 200, dynamic: true, delay: 5 })).toEqual({
      'X-Facsimile-Session': facsimile.id,
      Prefer: 'code=200, dynamic=true, delay=5',
    });
  });

  it('addRule: a fault for this session only; clearRules and end remove it', async () => {
    const chaos = useSession(run.url);
    const calm = useSession(run.url);
    const rule = await chaos.addRule({ api: 'triton', fault: { status: 503 } });
    expect(rule).toMatchObject({ session: chaos.id, probability: 1 });
    const alice = (session: typeof chaos) =>
      session.fetch(`${session.urls.triton}/demo/users/alice`, { headers: auth });
    expect((await alice(chaos)).status).toBe(503);
    expect((await alice(calm)).status).toBe(200);
    await chaos.clearRules();
    expect((await alice(chaos)).status).toBe(200);
    await chaos.addRule({ api: 'triton', fault: { status: 500 } });
    await chaos.end();
    expect((await alice(chaos)).status).toBe(200);
  });

  it('given: sets up a provider state in this session only', async () => {
    const facsimile = useSession(run.url);
    const other = useSession(run.url);
    await facsimile.given("a Triton account 'demo' with user 'zed'");
    const zed = (session: typeof facsimile) =>
      session.fetch(`${session.urls.triton}/demo/users/zed`, { headers: auth });
    expect((await zed(facsimile)).status).toBe(200);
    expect((await zed(other)).status).toBe(404);
    await expect(facsimile.given('a state nobody knows')).rejects.toThrow(
      /answered 400.*unknown provider state/,
    );
  });

  it('verify: counts this session’s requests, and says what it found when they differ', async () => {
    const facsimile = useSession(run.url);
    const other = useSession(run.url);
    const create = (session: typeof facsimile, login: string) =>
      session.fetch(`${session.urls.triton}/demo/users`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ login, email: `${login}@example.com`, password: 'secret-42x' }),
      });
    expect((await create(facsimile, 'carol')).status).toBe(201);
    expect((await create(other, 'carol')).status).toBe(201);
    const verified = await facsimile.verify({
      operationId: 'CreateUser',
      body: { login: 'carol' },
      times: 1,
    });
    expect(verified).toMatchObject({ verified: true, count: 1 });
    await expect(facsimile.verify({ operationId: 'CreateUser', times: 2 })).rejects.toThrow(
      `expected exactly 2 request(s) matching {"operationId":"CreateUser","times":2} in session "${facsimile.id}", found 1`,
    );
  });
});
