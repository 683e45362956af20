import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, startTestStub, type TestStub } from '../support/stub.ts';
import { rawRequest } from '../support/raw-request.ts';

const EVIL = 'http://evil.example';
const CAROL = { login: 'carol', email: 'carol@example.com', password: 'Carol-secret-41x' };

let stub: TestStub;
let guarded: TestStub;
beforeAll(async () => {
  stub = await startTestStub({
    apiPorts: false,
    corsOrigin: ['http://localhost:3000'],
    allowedHosts: ['demo.example.org'],
  });
  guarded = await startTestStub({ apiPorts: false, adminToken: 'sesame-4242' });
});
afterAll(async () => {
  await stub?.dispose();
  await guarded?.dispose();
});

const admin = (target: TestStub, path: string, init: Parameters<typeof rawRequest>[2] = {}) =>
  rawRequest(target.url, `/__facsimile${path}`, init);

async function hasCarol(target: TestStub, headers: Record<string, string> = {}): Promise<boolean> {
  const dump = await admin(target, '/state/triton', { headers });
  expect(dump.status).toBe(200);
  return dump.text.includes('"carol"');
}

beforeEach(async () => {
  for (const [target, headers] of [
    [stub, {}],
    [guarded, { authorization: 'Bearer sesame-4242' }],
  ] as const) {
    if (await hasCarol(target, headers)) continue;
    const created = await target.call('triton', 'POST', '/demo/users', {
      headers: bearer(),
      body: CAROL,
    });
    expect(created.status).toBe(201);
  }
});

describe('issue 12: the admin API answers no page of another origin', () => {
  it('reads of the state and the journal from another origin get a 403 and no CORS headers', async () => {
    for (const path of ['/state/triton', '/journal', '/health']) {
      const answer = await admin(stub, path, { headers: { origin: EVIL } });
      expect(answer.status, path).toBe(403);
      expect(answer.headers['access-control-allow-origin'], path).toBeUndefined();
      expect(JSON.parse(answer.text).error).toContain('other origins');
      expect(answer.text).not.toContain('carol');
    }
    const preflight = await admin(stub, '/reset', {
      method: 'OPTIONS',
      headers: {
        origin: EVIL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('a POST a page can send without a preflight changes nothing, even from an allowed CORS origin', async () => {
    const simple = [
      ['/reset', {}],
      ['/reset', { 'content-type': 'text/plain' }],
      ['/reset', { 'content-type': 'application/x-www-form-urlencoded' }],
      ['/sessions', { 'content-type': 'text/plain' }],
      ['/snapshots/kept/restore', { 'content-type': 'text/plain' }],
    ] as const;
    expect((await admin(stub, '/snapshots/kept', { method: 'PUT' })).status).toBe(201);
    await stub.call('triton', 'DELETE', '/demo/users/carol', { headers: bearer() });
    for (const [path, headers] of simple) {
      const answer = await admin(stub, path, { method: 'POST', headers, body: '' });
      expect(answer.status, `${path} ${JSON.stringify(headers)}`).toBe(415);
      expect(JSON.parse(answer.text).error).toContain('Content-Type: application/json');
      const fromApp = await admin(stub, path, {
        method: 'POST',
        headers: { ...headers, origin: 'http://localhost:3000' },
        body: '',
      });
      expect(fromApp.status).toBe(403);
    }
    expect(await hasCarol(stub)).toBe(false);
    expect(JSON.parse((await admin(stub, '/sessions')).text).sessions).toEqual([]);

    const json = await admin(stub, '/reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    expect(json.status).toBe(200);
    expect(await hasCarol(stub)).toBe(false);
  });

  it('with the admin token a bodiless POST is fine: a page cannot know the token', async () => {
    const token = { authorization: 'Bearer sesame-4242' };
    expect((await admin(guarded, '/state/triton', { headers: token })).text).toContain('"carol"');
    const bodiless = await admin(guarded, '/reset', { method: 'POST', headers: token });
    expect(bodiless.status).toBe(200);
    expect((await admin(guarded, '/state/triton', { headers: token })).text).not.toContain(
      '"carol"',
    );
    expect((await admin(guarded, '/reset', { method: 'POST' })).status).toBe(401);
  });
});

describe('issue 12: the Host allow-list (DNS rebinding)', () => {
  const port = () => new URL(stub.url).port;

  it('refuses the admin API and the pages for a host name the stub does not go by', async () => {
    for (const path of ['/__facsimile/state/triton', '/__facsimile/journal', '/journal', '/']) {
      const answer = await rawRequest(stub.url, path, {
        headers: { host: `rebind.evil.example:${port()}`, accept: 'text/html' },
      });
      expect(answer.status, path).toBe(403);
      expect(JSON.parse(answer.text).error).toContain('--allowed-host rebind.evil.example');
    }
    const reset = await rawRequest(stub.url, '/__facsimile/reset', {
      method: 'POST',
      headers: { host: `rebind.evil.example:${port()}`, 'content-type': 'application/json' },
    });
    expect(reset.status).toBe(403);
    expect(await hasCarol(stub)).toBe(true);
  });

  it('answers loopback names, IP addresses and --allowed-host names', async () => {
    for (const host of [
      `localhost:${port()}`,
      `127.0.0.1:${port()}`,
      `[::1]:${port()}`,
      `app.localhost:${port()}`,
      `demo.example.org:${port()}`,
      `DEMO.example.org.`,
    ]) {
      const answer = await rawRequest(stub.url, '/__facsimile/health', { headers: { host } });
      expect(answer.status, host).toBe(200);
    }
  });

  it('leaves the providers’ APIs answering CORS for any page, without the recording headers', async () => {
    const read = await rawRequest(stub.url, '/triton/demo/users', {
      headers: { ...bearer(), origin: 'http://localhost:3000' },
    });
    expect(read.status).toBe(200);
    expect(read.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    const preflight = await rawRequest(stub.url, '/triton/demo/users', {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,x-pact-consumer',
      },
    });
    const allowed = String(preflight.headers['access-control-allow-headers']);
    expect(allowed).toContain('authorization');
    expect(allowed).toContain('content-type');
    expect(allowed).not.toContain('x-pact-consumer');
  });
});
