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
  response: { status: number; body?: unknown };
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
