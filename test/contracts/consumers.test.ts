import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MatchersV3, PactV3 } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { verifyContracts } from '../../src/core/contracts/verify.ts';

const { like, eachLike, regex, uuid } = MatchersV3;
const AUTH = { authorization: 'Bearer facsimile-demo' };

/**
 * What a team's consumer test looks like: PactV3, a plain HTTP client against
 * Pact's own mock server, then `contracts verify` of the pact it leaves behind.
 */
interface ConsumerCase {
  api: string;
  state: string;
  description: string;
  request: { method: string; path: string; query?: Record<string, string>; headers?: Record<string, string>; body?: unknown };
  response: { status: number; headers?: Record<string, string>; body?: unknown };
  /** What the consumer's own code checks in the mock's answer. */
  check: (status: number, body: unknown) => void;
}

const cases: ConsumerCase[] = [
  {
    api: 'scalingo',
    state: "the Scalingo user 'doc-account'",
    description: 'the current user',
    request: { method: 'GET', path: '/v1/users/self', headers: AUTH },
    response: { status: 200, body: { user: like({ id: regex('^us-[0-9a-f-]{36}$', 'us-d13d3065-e7fa-4b1a-827a-ce1c92415f9c'), username: 'doc-account', email: 'documentation@scalingo.com' }) } },
    check: (status, body) => expect([status, (body as { user: { username: string } }).user.username]).toEqual([200, 'doc-account']),
  },
  {
    api: 'triton',
    state: "a Triton account 'demo' with user 'alice'",
    description: 'the users of account demo',
    request: { method: 'GET', path: '/demo/users', headers: AUTH },
    response: { status: 200, body: eachLike({ id: uuid('4c2f0a51-8e0b-4b57-9a6e-2f9c1d7e3a10'), login: like('alice'), email: like('alice@example.com') }) },
    check: (status, body) => expect([status, Array.isArray(body)]).toEqual([200, true]),
  },
  {
    api: 'triton',
    state: "no Triton user 'ghost'",
    description: 'an unknown user',
    request: { method: 'GET', path: '/demo/users/ghost', headers: AUTH },
    response: { status: 404, body: { code: 'ResourceNotFound', message: like('ghost does not exist') } },
    check: (status, body) => expect([status, (body as { code: string }).code]).toEqual([404, 'ResourceNotFound']),
  },
  {
    api: 'scalingo-db',
    state: "a Scalingo database 'my-db-123' without user 'reporting'",
    description: 'a new read-only user with a generated password',
    request: {
      method: 'POST',
      path: '/api/databases/my-db-123/users',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: { database_user: { name: 'reporting', read_only: true } },
    },
    response: {
      status: 201,
      body: { database_user: like({ name: 'reporting', read_only: true, protected: false, password: regex('^.{24,64}$', 'K_gaef6ripo7Ao4Uaxai6Kiey') }) },
    },
    check: (status, body) => expect([status, (body as { database_user: { name: string } }).database_user.name]).toEqual([201, 'reporting']),
  },
  {
    api: 'computestacks',
    state: "the ComputeStacks user 'john@example.com'",
    description: 'the profile of the token’s user',
    request: { method: 'GET', path: '/api/users', headers: AUTH },
    response: { status: 200, body: { user: like({ id: 1, fname: 'John', lname: 'Doe', email: regex('^[^@]+@[^@]+$', 'john@example.com') }) } },
    check: (status, body) => expect([status, (body as { user: { fname: string } }).user.fname]).toEqual([200, 'John']),
  },
  {
    api: 'computestacks',
    state: "the ComputeStacks user 'john@example.com'",
    description: 'the profile without a token',
    request: { method: 'GET', path: '/api/users' },
    response: { status: 401 },
    check: (status) => expect(status).toBe(401),
  },
  {
    api: 'scalr',
    state: "a Scalr user 'user-suh84u6vuvidtbg'",
    description: 'the accounts of a user',
    request: { method: 'GET', path: '/api/iacp/v3/account-users', query: { 'filter[user]': 'user-suh84u6vuvidtbg' }, headers: { ...AUTH, accept: 'application/vnd.api+json' } },
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/vnd.api+json' },
      body: {
        data: eachLike({ id: like('2442bdc2-8243-6968-82bf-a74878980074'), type: 'account-users', attributes: like({ status: regex('^(Active|Inactive|Pending)$', 'Active') }) }),
        meta: { pagination: like({ 'current-page': 1, 'total-count': 2 }) },
      },
    },
    check: (status, body) => expect([status, Array.isArray((body as { data: unknown[] }).data)]).toEqual([200, true]),
  },
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facsimile-consumers-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(allApis.map((api) => api.name).filter((name) => cases.some((c) => c.api === name)))(
  'a consumer of %s',
  (api) => {
    it('writes a pact with PactV3 that `contracts verify` passes against the stub', async () => {
      const pact = new PactV3({ consumer: `frontend-of-${api}`, provider: api, dir, logLevel: 'error' });
      const mine = cases.filter((c) => c.api === api);
      for (const c of mine) {
        pact.given(c.state).uponReceiving(c.description).withRequest(c.request as never).willRespondWith(c.response as never);
      }
      await pact.executeTest(async (server) => {
        for (const c of mine) {
          const query = c.request.query ? `?${new URLSearchParams(c.request.query)}` : '';
          const response = await fetch(`${server.url}${c.request.path}${query}`, {
            method: c.request.method,
            headers: c.request.headers,
            ...(c.request.body ? { body: JSON.stringify(c.request.body) } : {}),
          });
          c.check(response.status, await response.json().catch(() => undefined));
        }
      });
      const [result] = await verifyContracts(allApis, [join(dir, `frontend-of-${api}-${api}.json`)]);
      expect(result).toMatchObject({ api, passed: true });
    }, 60_000);
  },
);
