import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { MAX_BODY_ARRAY_ITEMS } from '../../src/core/serving/json-depth.ts';
import { MAX_REPORTED_ISSUES } from '../../src/core/serving/to-api-error.ts';
import { MAX_TABLE_ROWS } from '../../src/core/state/index.ts';
import { SPEC_NAMES, type ApiName } from '../../src/core/specs/spec-files.ts';
import {
  loadSpec,
  operationsOf,
  resolveRef,
  type SpecDocument,
} from '../../src/core/specs/spec.ts';
import { storeBytes } from '../support/store-on-disk.ts';
import { bearer, startTestStub, type CallInit, type TestStub } from '../support/stub.ts';

type Schema = Record<string, unknown>;

/** Every place in a request body schema that would let one request store or send without bound. */
function unbounded(
  spec: SpecDocument,
  schema: unknown,
  where: string,
  seen: Set<unknown>,
): string[] {
  const node = resolveRef(spec, schema as Schema) as Schema | undefined;
  if (!node || typeof node !== 'object' || seen.has(node)) return [];
  seen.add(node);
  const types = [node.type].flat();
  const found: string[] = [];
  if (types.includes('string') && node.maxLength === undefined && !node.enum && !node.const)
    found.push(`${where}: string without maxLength`);
  if ((types.includes('array') || node.items) && node.maxItems === undefined)
    found.push(`${where}: array without maxItems`);
  const extra = node.additionalProperties;
  if (extra && typeof extra === 'object' && node.maxProperties === undefined)
    found.push(`${where}: map without maxProperties`);
  const children: [string, unknown][] = [
    ...Object.entries((node.properties ?? {}) as Schema).map(([k, v]): [string, unknown] => [
      `.${k}`,
      v,
    ]),
    ['[]', node.items],
    ['.*', typeof extra === 'object' ? extra : undefined],
    ...['allOf', 'anyOf', 'oneOf'].flatMap((k) =>
      ((node[k] ?? []) as unknown[]).map((v): [string, unknown] => ['', v]),
    ),
  ];
  for (const [step, child] of children)
    if (child) found.push(...unbounded(spec, child, where + step, seen));
  return found;
}

describe('issue 22 (1, 2): every size a request body can set is bounded in the specs', () => {
  it.each(SPEC_NAMES)('%s: strings have maxLength, arrays maxItems, maps maxProperties', (name) => {
    const spec = loadSpec(name);
    const found: string[] = [];
    for (const { operationId, operation } of operationsOf(spec)) {
      const body = resolveRef(spec, operation.requestBody as Schema | undefined) as
        { content?: Record<string, { schema?: unknown }> } | undefined;
      for (const media of Object.values(body?.content ?? {}))
        found.push(...unbounded(spec, media.schema, operationId, new Set()));
    }
    expect(found).toEqual([]);
  });
});

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apiPorts: false });
});
afterAll(() => stub?.dispose());

const JSON_API = { ...bearer(), 'content-type': 'application/vnd.api+json' };
const huge = 'x'.repeat(950_000);

describe('issue 22 (1): one request cannot grow the store without bound', () => {
  const creates: [ApiName, string, string, CallInit][] = [
    [
      'triton',
      'POST',
      '/demo/users',
      {
        body: {
          login: 'bigco',
          email: 'b@example.com',
          password: 'Secret-123456',
          companyName: huge,
        },
      },
    ],
    ['scalingo', 'PUT', '/v1/users/account', { body: { user: { company: huge } } }],
    [
      'computestacks',
      'POST',
      '/api/users',
      {
        body: {
          user: { fname: 'Big', lname: 'Co', company_name: huge },
          provider_server: 'srv1',
          provider_username: 'bigco',
        },
      },
    ],
    [
      'scalr',
      'POST',
      '/api/iacp/v3/users',
      {
        headers: JSON_API,
        body: {
          data: { type: 'users', attributes: { email: 'big@example.com', 'full-name': huge } },
        },
      },
    ],
  ];
  it.each(creates)('%s %s %s with a 950 KB field is refused', async (api, method, path, init) => {
    const before = (await storeBytes(stub.dbFile)).length;
    const answer = await stub.call(api, method, path, { headers: bearer(), ...init });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.text.length).toBeLessThan(2_000);
    expect((await storeBytes(stub.dbFile)).length - before).toBeLessThan(10_000);
  });
});

describe('issue 22 (2): arrays are bounded, their items validated, their errors short', () => {
  const createUser = (relationships: unknown) =>
    stub.call('scalr', 'POST', '/api/iacp/v3/users', {
      headers: JSON_API,
      body: { data: { type: 'users', attributes: { email: 'r@example.com' }, relationships } },
    });

  it(`an array of more than ${MAX_BODY_ARRAY_ITEMS} items is a quick, short 413`, async () => {
    const data = Array.from({ length: 300_000 }, () => 0);
    const started = performance.now();
    const answer = await createUser({ 'identity-providers': { data } });
    expect(answer.status).toBe(413);
    expect(answer.text.length).toBeLessThan(1_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a teams relationship of empty objects is refused, not stored', async () => {
    const answer = await createUser({ teams: { data: Array.from({ length: 50 }, () => ({})) } });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });

  it(`a body breaking many rules reports at most ${MAX_REPORTED_ISSUES} of them`, async () => {
    const data = Array.from({ length: 100 }, () => ({ type: 'nope', id: 7 }));
    const answer = await createUser({ 'identity-providers': { data } });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.body.errors.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES);
    expect(answer.text.length).toBeLessThan(20_000);
  });
});

describe('issue 22 (3): one web page cannot take every session slot', () => {
  let small: TestStub;
  beforeAll(async () => {
    // 20 slots, so a page's share is 2; idle 10 s, so under pressure 1 s of idleness is enough.
    small = await startTestStub({ apiPorts: false, maxSessions: 20, sessionIdleSeconds: 10 });
  });
  afterAll(() => small?.dispose());

  const start = (session: string, origin?: string) =>
    small.call('triton', 'GET', '/demo/users', {
      headers: {
        ...bearer(),
        'x-facsimile-session': session,
        ...(origin ? { origin } : {}),
      },
    });

  it('a page’s origin holds at most its share; other pages and clients still start sessions', async () => {
    const evil = 'http://evil.example';
    expect((await start('evil-1', evil)).status).toBe(200);
    expect((await start('evil-2', evil)).status).toBe(200);
    const refused = await start('evil-3', evil);
    expect(refused.status).toBe(503);
    expect(refused.body.message).toContain('http://evil.example');
    expect((await start('evil-1', evil)).status).toBe(200);
    expect((await start('team-1', 'http://team.example')).status).toBe(200);
    expect((await start('ci-1')).status).toBe(200);
  });

  it('with every slot taken, a session idle for a tenth of the idle time makes room', async () => {
    for (let at = 0; (await start(`filler-${at}`)).status === 200; at += 1)
      expect(at).toBeLessThan(20);
    expect((await start('late')).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await start('late')).status).toBe(200);
  });
});

describe('issue 22 (1): a table stops growing at its bound, so its list always fits in one answer', () => {
  it(`the row after ${MAX_TABLE_ROWS} is a clear 507; the list and reads still answer`, async () => {
    // Seeding goes through no insert: a store seeded (or grown) past the bound still loads and serves.
    const full = await startTestStub({
      apis: allApis.filter((api) => api.name === 'triton'),
      users: MAX_TABLE_ROWS - 20,
      apiPorts: false,
      db: null,
    });
    try {
      const add = (login: string) =>
        full.call('triton', 'POST', '/demo/users', {
          headers: bearer(),
          body: { login, email: `${login}@example.com`, password: 'Secret-123456' },
        });
      const list = () => full.call('triton', 'GET', '/demo/users', { headers: bearer() });
      const seeded = (await list()).body.length;
      expect(seeded).toBeLessThan(MAX_TABLE_ROWS);
      for (let at = seeded; at < MAX_TABLE_ROWS; at += 1)
        expect((await add(`lastone${at}`)).status).toBe(201);
      const refused = await add('oneover');
      expect(refused.status).toBe(507);
      expect(refused.body.message).toContain(`${MAX_TABLE_ROWS} users rows`);
      const listed = await list();
      expect(listed.status).toBe(200);
      expect(listed.body).toHaveLength(MAX_TABLE_ROWS);
      const one = await full.call('triton', 'GET', `/demo/users/lastone${MAX_TABLE_ROWS - 1}`, {
        headers: bearer(),
      });
      expect(one.status).toBe(200);
    } finally {
      await full.dispose();
    }
  }, 300_000);
});
