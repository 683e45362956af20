import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, startTestStub, type TestStub } from '../support/stub.ts';

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apiPorts: false });
});
afterAll(() => stub?.dispose());

const admin = (method: string, path: string, body?: unknown) =>
  call(`${stub.url}/__facsimile${path}`, method, {
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body }),
  });

describe('issue 12: no request sets an unbounded amount of work', () => {
  it('a provider state asking for 99,999,999 users is a quick 400', async () => {
    const started = performance.now();
    const answer = await stub.setState('at least 99999999 Scalr users');
    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain('at most 10000 users');
    expect(performance.now() - started).toBeLessThan(5000);
    expect((await stub.setState('at least 5 Scalr users')).status).toBe(200);
    const users = await stub.call('scalr', 'GET', '/api/iacp/v3/users', { headers: bearer() });
    expect(users.status).toBe(200);
  });

  it('a provider state name or its params beyond their bounds are a 400', async () => {
    const long = await admin('POST', '/provider-states', { state: 'x'.repeat(501) });
    expect(long.status).toBe(400);
    const params = Object.fromEntries(Array.from({ length: 51 }, (_, at) => [`p${at}`, 'v']));
    const many = await admin('POST', '/provider-states', {
      state: 'at least 3 Scalr users',
      params,
    });
    expect(many.status).toBe(400);
  });

  it('at most 100 fault rules are live; the 101st is a 400 until some are deleted', async () => {
    await admin('DELETE', '/rules');
    for (let at = 0; at < 100; at += 1) {
      const added = await admin('POST', '/rules', { api: 'triton', latency: { ms: 0 } });
      expect(added.status).toBe(201);
    }
    const refused = await admin('POST', '/rules', { api: 'triton', latency: { ms: 0 } });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toContain('at most 100 rules');
    expect((await admin('DELETE', '/rules')).status).toBe(204);
    expect((await admin('POST', '/rules', { latency: { ms: 0 } })).status).toBe(201);
    await admin('DELETE', '/rules');
  });
});
