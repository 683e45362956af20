import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { verifyContracts } from '../../src/core/contracts/verify.ts';
import { startStub, type RunningStub } from '../../src/core/serving/server.ts';
import type { ApiName } from '../../src/core/specs/spec-files.ts';
import { bearer, call } from '../support/stub.ts';

/** One scripted step: the state it runs in (as a consumer test declares it), the call, the status seen. */
type Step = [state: string, method: string, path: string, body: unknown, status: number];

/** A create, read, update, delete session per API, as a frontend's test run would send it. */
const sessions: Partial<Record<ApiName, Step[]>> = {
  triton: [
    ["no Triton user 'carol'", 'POST', '/demo/users', { login: 'carol', email: 'carol@example.com', password: 'carol-secret-42' }, 201],
    ["a Triton account 'demo' with user 'carol'", 'GET', '/demo/users/carol', undefined, 200],
    ["a Triton account 'demo' with user 'carol'", 'POST', '/demo/users/carol', { firstName: 'Carol' }, 200],
    ["a Triton account 'demo' with user 'carol'", 'DELETE', '/demo/users/carol', undefined, 204],
    ["no Triton user 'carol'", 'GET', '/demo/users/carol', undefined, 404],
  ],
  'scalingo-db': [
    ["a Scalingo database 'my-db-123' without user 'rec-user'", 'POST', '/api/databases/my-db-123/users', { database_user: { name: 'rec-user', read_only: true } }, 201],
    ["a Scalingo database 'my-db-123' with user 'rec-user'", 'GET', '/api/databases/my-db-123/users', undefined, 200],
    ["a Scalingo database 'my-db-123' with user 'rec-user'", 'PATCH', '/api/databases/my-db-123/users/rec-user', { database_user: { password: 'p'.repeat(24), password_confirmation: 'p'.repeat(24) } }, 200],
    ["a Scalingo database 'my-db-123' with user 'rec-user'", 'DELETE', '/api/databases/my-db-123/users/rec-user', undefined, 204],
  ],
  scalr: [
    ["no Scalr user with email 'rec@example.com'", 'POST', '/api/iacp/v3/users', { data: { type: 'users', attributes: { email: 'rec@example.com' } } }, 201],
    ["a Scalr user 'user-suh84u6vuvidtbg'", 'GET', '/api/iacp/v3/users/user-suh84u6vuvidtbg', undefined, 200],
    ["a Scalr user 'user-suh84u6vuvidtbg'", 'PATCH', '/api/iacp/v3/users/user-suh84u6vuvidtbg', { data: { type: 'users', id: 'user-suh84u6vuvidtbg', attributes: { 'full-name': 'Jane Q. Doe' } } }, 200],
    ["a Scalr user 'user-suh84u6vuvidtbg'", 'DELETE', '/api/iacp/v3/users/user-suh84u6vuvidtbg', undefined, 204],
  ],
  computestacks: [
    ["the ComputeStacks user 'john@example.com'", 'POST', '/api/users', { user: { fname: 'Rec', lname: 'Order' }, provider_server: 'srv1', provider_username: 'rec' }, 201],
    ["the ComputeStacks user 'john@example.com'", 'GET', '/api/users', undefined, 200],
    ["the ComputeStacks user 'john@example.com'", 'PATCH', '/api/users', { user: { city: 'Lyon' } }, 200],
  ],
  scalingo: [
    ["the Scalingo user 'doc-account'", 'GET', '/v1/users/self', undefined, 200],
    ["the Scalingo user 'doc-account'", 'PATCH', '/v1/account/profile', { user: { email: 'rec@example.com' } }, 200],
    ["the Scalingo user 'doc-account'", 'GET', '/v1/users/roles', undefined, 200],
    ["the Scalingo user 'doc-account'", 'DELETE', '/v1/users', undefined, 204],
  ],
};

let dir: string;
let stub: RunningStub;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facsimile-recorded-'));
  stub = await startStub({ apis: allApis, db: null, record: { dir, consumer: 'demo-frontend' } });
});
afterAll(async () => {
  await stub.close();
  await rm(dir, { recursive: true, force: true });
});

describe('recording served traffic as Pact files', () => {
  it('records a scripted session on each API into pacts that verify green against a fresh stub', async () => {
    for (const [api, steps] of Object.entries(sessions) as [ApiName, Step[]][]) {
      // The first read is sent twice: the same call twice is one interaction.
      const read = steps.findIndex((step) => step[1] === 'GET');
      for (const [state, method, path, body, status] of [...steps.slice(0, read + 1), ...steps.slice(read)]) {
        const headers: Record<string, string> = { ...bearer(), 'x-pact-provider-state': state };
        if (api === 'scalr' && body) headers['content-type'] = 'application/vnd.api+json';
        const answer = await call(`${stub.rootUrlOf(api)}${path}`, method, { headers, ...(body ? { body } : {}) });
        expect(answer.status, `${api} ${method} ${path}`).toBe(status);
      }
    }
    const files = await stub.flushRecording();
    expect(files.map((file) => file.split('/').at(-1)).sort()).toEqual(
      Object.keys(sessions).map((api) => `demo-frontend-${api}.json`).sort(),
    );
    const triton = JSON.parse(await readFile(join(dir, 'demo-frontend-triton.json'), 'utf8'));
    expect(triton.interactions).toHaveLength(sessions.triton!.length);
    const headerNames = triton.interactions.flatMap((i: { request: { headers?: object } }) => Object.keys(i.request.headers ?? {}));
    expect(headerNames.filter((name: string) => /date|request-id|content-length|user-agent/i.test(name))).toEqual([]);
    const responses = JSON.stringify(triton.interactions.map((i: { response: unknown }) => i.response));
    expect(responses).not.toContain('carol-secret-42');
    const results = await verifyContracts(allApis, files);
    expect(results.filter((result) => !result.passed)).toEqual([]);
  }, 120_000);
});

describe('what is not recorded', () => {
  it('leaves out forced answers and faults, and facsimile’s own preferences', async () => {
    const ownDir = await mkdtemp(join(tmpdir(), 'facsimile-recorded-'));
    const own = await startStub({ apis: allApis, db: null, record: { dir: ownDir } });
    try {
      const alice = `${own.urlOf('triton')}/demo/users/alice`;
      const as = (prefer?: string) => ({ headers: { ...bearer(), ...(prefer ? { prefer } : {}) } });
      expect((await call(alice, 'GET', as('code=404'))).status).toBe(404);
      expect((await call(alice, 'GET', as('example=UserBob'))).status).toBe(200);
      expect((await call(alice, 'GET', as('dynamic=true'))).status).toBe(200);
      await call(`${own.url}/__facsimile/rules`, 'POST', { body: { api: 'triton', operationId: 'HeadUser', fault: { status: 503 } } });
      expect((await call(alice, 'HEAD', as())).status).toBe(503);
      expect((await call(alice, 'GET', as('delay=1'))).status).toBe(200);
      const [file] = await own.flushRecording();
      const pact = JSON.parse(await readFile(String(file), 'utf8'));
      expect(pact.interactions).toHaveLength(1);
      expect(pact.interactions[0].response.status).toBe(200);
      expect(pact.interactions[0].request.headers?.prefer).toBeUndefined();
    } finally {
      await own.close();
      await rm(ownDir, { recursive: true, force: true });
    }
  });
});
