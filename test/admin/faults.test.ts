import { beforeEach, describe, expect, it } from 'vitest';
import { bearer } from '../support/stub.ts';
import { useAdminStub } from './setup.ts';

const stub = useAdminStub();
beforeEach(() => stub().admin('DELETE', '/rules'));

async function statusesOf(count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1)
    statuses.push((await stub().triton('GET', '/demo/users/alice')).status);
  return statuses;
}

describe('fault rules', () => {
  it('a seeded rule meets the same requests with the same faults twice', async () => {
    const { admin } = stub();
    const rule = {
      api: 'triton',
      operationId: 'GetUser',
      probability: 0.4,
      seed: 42,
      fault: { status: 503 },
    };
    const added = await admin('POST', '/rules', { body: rule });
    expect(added.status, added.text).toBe(201);
    expect(added.body).toMatchObject({ ...rule, id: expect.any(String), matched: 0, applied: 0 });
    const first = await statusesOf(30);
    await admin('DELETE', `/rules/${added.body.id}`);
    await admin('POST', '/rules', { body: rule });
    const second = await statusesOf(30);
    expect(second).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 503]));
    const other = await admin('POST', '/rules', { body: { ...rule, seed: 7 } });
    await admin('DELETE', '/rules');
    await admin('POST', '/rules', { body: { ...rule, seed: 7 } });
    expect(other.status).toBe(201);
    const third = await statusesOf(30);
    expect(third).not.toEqual(first);
    const listed = (await admin('GET', '/rules')).body.rules;
    expect(listed).toHaveLength(1);
    expect(listed[0].matched).toBe(30);
    expect(listed[0].applied).toBe(third.filter((status) => status === 503).length);
  });

  it('a status fault answers in the provider’s own error envelope', async () => {
    const { admin, stub: running } = stub();
    await admin('POST', '/rules', { body: { fault: { status: 503 } } });
    const triton = await stub().triton('GET', '/demo/users/alice');
    expect(triton.status).toBe(503);
    expect(triton.body).toMatchObject({ code: 'InternalError' });
    const scalr = await running.call('scalr', 'GET', '/api/iacp/v3/users', { headers: bearer() });
    expect(scalr.status).toBe(503);
    expect(scalr.body.errors[0]).toMatchObject({ status: '503' });
    const scalingo = await running.call('scalingo', 'GET', '/v1/users/self', { headers: bearer() });
    expect(scalingo.status).toBe(503);
    expect(scalingo.body).toHaveProperty('error');
  });

  it('drop closes the connection without an answer, and the journal says so', async () => {
    const { admin } = stub();
    await admin('DELETE', '/journal');
    await admin('POST', '/rules', { body: { api: 'triton', fault: { kind: 'drop' } } });
    await expect(stub().triton('GET', '/demo/users/alice')).rejects.toThrow();
    const entry = (await admin('GET', '/journal?api=triton')).body.entries[0];
    expect(entry).toMatchObject({ status: null, fault: { kind: 'drop' }, operationId: 'GetUser' });
  });

  it('malformed sends a success status with cut-off JSON', async () => {
    const { admin, stub: running } = stub();
    await admin('POST', '/rules', { body: { api: 'triton', fault: { kind: 'malformed' } } });
    const response = await fetch(`${running.urlOf('triton')}/demo/users/alice`, {
      headers: bearer(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    expect(text.length).toBeGreaterThan(1);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('latency adds up and applies to the operation it names only', async () => {
    const { admin, stub: running } = stub();
    await admin('POST', '/rules', {
      body: { api: 'triton', operationId: 'GetUser', latency: { min: 200, max: 260 } },
    });
    const started = performance.now();
    expect((await stub().triton('GET', '/demo/users/alice')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    const list = await stub().triton('GET', '/demo/users');
    expect(list.status).toBe(200);
    await running.call('scalr', 'GET', '/api/iacp/v3/users', { headers: bearer() });
    const rules = (await admin('GET', '/rules')).body.rules;
    expect(rules[0]).toMatchObject({ matched: 1, applied: 1 });
    const journal = (await admin('GET', '/journal?operationId=GetUser&limit=1')).body.entries[0];
    expect(journal.durationMs).toBeGreaterThanOrEqual(195);
  });

  it('probability 0 never fires, and rules can be removed', async () => {
    const { admin } = stub();
    const rule = await admin('POST', '/rules', {
      body: { probability: 0, fault: { status: 500 } },
    });
    expect(await statusesOf(10)).toEqual(Array(10).fill(200));
    expect((await admin('DELETE', `/rules/${rule.body.id}`)).status).toBe(204);
    expect((await admin('DELETE', `/rules/${rule.body.id}`)).status).toBe(404);
  });

  it('a rule that cannot apply is refused with the reason', async () => {
    const { admin } = stub();
    const cases: [object, string][] = [
      [{ api: 'triton', operationId: 'Nope', fault: { status: 500 } }, 'Nope'],
      [{ operationId: 'GetUser', fault: { status: 500 } }, 'needs its api'],
      [{ api: 'triton' }, 'latency, a fault'],
      [{ api: 'nowhere', fault: { status: 500 } }, 'api'],
      [{ fault: { status: 200 } }, 'status'],
      [{ probability: 1.5, fault: { status: 500 } }, 'probability'],
      [{ latency: { ms: -1 } }, 'latency'],
    ];
    for (const [body, reason] of cases) {
      const answer = await admin('POST', '/rules', { body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error + JSON.stringify(answer.body.issues ?? [])).toContain(reason);
    }
    expect((await admin('GET', '/rules')).body.rules).toEqual([]);
  });
});
