// Issue 13: every CloudAPI signature is verified against a public key (the account's own,
// --triton-key files, keys added through the admin API, and unless strict ~/.ssh/*.pub);
// any other key, or a signature that does not verify, is CloudAPI's 401 InvalidCredentials.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tritonApi } from '../../../src/apis/triton/index.ts';
import { call, startTestStub, type TestStub } from '../../support/stub.ts';
import { makeKey, signedHeaders, type TestKey } from './support.ts';

const INVALID = {
  code: 'InvalidCredentials',
  message: 'Invalid authorization credentials supplied',
};

let dir: string;
const stubs: TestStub[] = [];
const originalHome = process.env.HOME;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facsimile-keys-'));
  // No key of the developer running the tests may count: an empty home.
  process.env.HOME = join(dir, 'empty-home');
});
afterEach(async () => {
  process.env.HOME = join(dir, 'empty-home');
  await Promise.all(stubs.splice(0).map((stub) => stub.dispose()));
});
afterAll(async () => {
  process.env.HOME = originalHome;
  await rm(dir, { recursive: true, force: true });
});

async function tritonStub(options: Parameters<typeof tritonApi>[0] = {}) {
  const stub = await startTestStub({ apis: [tritonApi(options)], users: 0 });
  stubs.push(stub);
  return stub;
}

function signedCall(stub: TestStub, method: string, path: string, key: TestKey, body?: unknown) {
  const url = `${stub.rootUrlOf('triton')}${path}`;
  return call(url, method, { headers: signedHeaders(method, path, key), body });
}

const carol = { login: 'carol', email: 'carol@example.com', password: 'carol-secret-42' };

describe('Triton signatures are verified (issue 13)', () => {
  it('the audit’s request, signature "AAAA" by /demo/keys/x, is 401 and creates nothing', async () => {
    const stub = await tritonStub();
    const headers = {
      date: new Date().toUTCString(),
      authorization:
        'Signature keyId="/demo/keys/x",algorithm="rsa-sha256",headers="date",signature="AAAA"',
    };
    const base = stub.rootUrlOf('triton');
    const list = await call(`${base}/demo/users`, 'GET', { headers });
    expect(list).toMatchObject({ status: 401, body: INVALID });
    expect(list.headers.get('content-type')).toBe('application/json');
    const create = await call(`${base}/demo/users`, 'POST', { headers, body: carol });
    expect(create).toMatchObject({ status: 401, body: INVALID });
    const users = stub.runtime.dataOf('triton') as { users: { user: { login: string } }[] };
    expect(users.users.map((row) => row.user.login)).not.toContain('carol');
  });

  it('a well-formed, fresh signature by a key nobody registered is 401', async () => {
    const stub = await tritonStub();
    const answer = await signedCall(stub, 'POST', '/demo/users', makeKey(), carol);
    expect(answer).toMatchObject({ status: 401, body: INVALID });
  });

  it.each(['rsa', 'ed25519'] as const)(
    'a %s key from --triton-key signs for the account; a tampered request does not verify',
    async (type) => {
      const key = makeKey(type);
      const file = join(dir, `${type}.pub`);
      await writeFile(file, key.publicLine);
      const stub = await tritonStub({ trustedKeyFiles: [file], strictSignatures: true });
      expect((await signedCall(stub, 'GET', '/demo/users', key)).status).toBe(200);
      const headers = signedHeaders('GET', '/demo/users', key);
      const tampered = await call(`${stub.rootUrlOf('triton')}/demo/users/alice`, 'GET', {
        headers,
      });
      expect(tampered).toMatchObject({ status: 401, body: INVALID });
    },
  );

  it('the admin API adds a key: 201 with its fingerprint, then it signs', async () => {
    const stub = await tritonStub({ strictSignatures: true });
    const key = makeKey();
    expect((await signedCall(stub, 'GET', '/demo/users', key)).status).toBe(401);
    const added = await call(`${stub.url}/__facsimile/apis/triton/keys`, 'POST', {
      body: { key: key.publicLine },
    });
    expect(added).toMatchObject({
      status: 201,
      body: { api: 'triton', fingerprint: key.fingerprint },
    });
    const created = await signedCall(stub, 'POST', '/demo/users', key, carol);
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/demo/users/carol');
  });

  it.each([
    ['a key that is not one', 'triton', { key: 'ssh-rsa not-base64!' }, 400],
    ['an API that takes no keys', 'scalingo', { key: makeKey().publicLine }, 404],
  ])('the admin API refuses %s', async (_case, api, body, status) => {
    const stub = await tritonStub();
    const answer = await call(`${stub.url}/__facsimile/apis/${api}/keys`, 'POST', { body });
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: expect.any(String) });
  });

  it('~/.ssh/*.pub of the user running facsimile signs by default, not when strict', async () => {
    const key = makeKey();
    const home = join(dir, 'home');
    await mkdir(join(home, '.ssh'), { recursive: true });
    await writeFile(join(home, '.ssh', 'id_rsa.pub'), key.publicLine);
    await writeFile(join(home, '.ssh', 'broken.pub'), 'not a key');
    process.env.HOME = home;
    const lenient = await tritonStub();
    expect((await signedCall(lenient, 'GET', '/demo/users', key)).status).toBe(200);
    const strict = await tritonStub({ strictSignatures: true });
    expect(await signedCall(strict, 'GET', '/demo/users', key)).toMatchObject({
      status: 401,
      body: INVALID,
    });
  });
});
