import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { bearer, call, startTestStub, type TestStub } from '../support/stub.ts';

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub();
});
afterAll(() => stub.dispose());

/** A read every API answers 200 to with the demo token (its first GET in the seeded state). */
const probes: Record<string, string> = {
  scalingo: '/v1/users/self',
  'scalingo-db': '/api/databases/my-db-123/users',
  computestacks: '/api/users',
  triton: '/demo/users',
  // Scalr's list links carry the host and prefix the client used, so probe a single resource.
  scalr: '/api/iacp/v3/users/user-suh84u6vuvidtbg',
};

describe('each API is served under the main port and at the root of its own port', () => {
  it.each(allApis.map((api) => api.name))(
    '%s answers the same under /<api> and on its own port',
    async (name) => {
      const path = probes[name]!;
      const prefixed = await call(`${stub.urlOf(name)}${path}`, 'GET', { headers: bearer() });
      const rooted = await call(`${stub.rootUrlOf(name)}${path}`, 'GET', { headers: bearer() });
      expect(prefixed.status).toBe(200);
      expect(rooted.status).toBe(200);
      expect(rooted.body).toEqual(prefixed.body);
    },
  );

  it('lists the APIs at the main root and answers 404 elsewhere', async () => {
    const index = await call(`${stub.url}/`, 'GET');
    expect(index.body.apis.map((api: { name: string }) => api.name)).toEqual(
      allApis.map((api) => api.name),
    );
    const unknown = await call(`${stub.url}/nowhere`, 'GET');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toContain('/scalingo');
  });
});

describe('browser clients', () => {
  it.each(allApis.map((api) => api.name))(
    '%s answers a CORS preflight from any origin',
    async (name) => {
      const response = await fetch(`${stub.urlOf(name)}${probes[name]}`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'PATCH',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      // ComputeStacks' rack-cors answers 200 (issue 23); the others keep 204.
      expect(response.status).toBe(name === 'computestacks' ? 200 : 204);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
      expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    },
  );

  it('limits CORS to the configured origins when asked', async () => {
    const strict = await startTestStub({
      corsOrigin: ['https://app.example.com'],
      apiPorts: false,
    });
    try {
      const allowed = await fetch(`${strict.urlOf('scalingo')}/v1/users/self`, {
        headers: { ...bearer(), origin: 'https://app.example.com' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      const other = await fetch(`${strict.urlOf('scalingo')}/v1/users/self`, {
        headers: { ...bearer(), origin: 'https://evil.example.com' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await strict.dispose();
    }
  });
});
