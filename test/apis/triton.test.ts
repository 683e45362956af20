import { createHash, createSign, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sshpk from 'sshpk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tritonApi } from '../../src/apis/triton/index.ts';
import { exampleOf } from '../support/examples.ts';
import { bearer, call, startTestStub, type CallInit, type TestStub } from '../support/stub.ts';

const KEYS = join(import.meta.dirname, '..', '..', 'fixtures', 'keys');
const demoKey = readFileSync(join(KEYS, 'triton-demo.pem'), 'utf8');
const demoFingerprint = sshpk
  .parseKey(readFileSync(join(KEYS, 'triton-demo.pub'), 'utf8'), 'ssh')
  .fingerprint('md5')
  .toString('hex');

/** Signs like node-triton: `(request-target)` and `date`, rsa-sha256, keyId /<account>/keys/<md5 fp>. */
function signature(
  method: string,
  path: string,
  key = demoKey,
  keyId = `/demo/keys/${demoFingerprint}`,
  date = new Date(),
) {
  const dateHeader = date.toUTCString();
  const signer = createSign('RSA-SHA256');
  signer.update(`(request-target): ${method.toLowerCase()} ${path}\ndate: ${dateHeader}`);
  const signed = signer.sign(key, 'base64');
  return {
    date: dateHeader,
    authorization: `Signature keyId="${keyId}",algorithm="rsa-sha256",headers="(request-target) date",signature="${signed}"`,
  };
}

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: [tritonApi()] });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset('triton'));

/** CloudAPI clients ignore path prefixes, so these tests use the API's own port. */
const triton = (method: string, path: string, init: CallInit = {}) =>
  stub.call('triton', method, path, {
    root: true,
    ...init,
    headers: { ...bearer(), ...init.headers },
  });

const ALICE = exampleOf<{ id: string }>('triton', 'UserAlice');
const newUser = {
  login: 'carol',
  email: 'carol@example.com',
  password: 'carol-secret-42',
  firstName: 'Carol',
};

describe('Triton: the users of an account', () => {
  it('ListUsers returns a bare array holding the seeded users', async () => {
    const answer = await triton('GET', '/demo/users');
    expect(answer.status).toBe(200);
    expect(Array.isArray(answer.body)).toBe(true);
    expect(answer.body.slice(0, 2)).toEqual([
      exampleOf('triton', 'UserAlice'),
      exampleOf('triton', 'UserBob'),
    ]);
  });

  it.each([
    ['login', 'alice'],
    ['UUID', ALICE.id],
  ])('GetUser finds a user by %s', async (_how, key) => {
    const answer = await triton('GET', `/demo/users/${key}`);
    expect(answer.body).toEqual(exampleOf('triton', 'UserAlice'));
  });

  it.each(['true', 'false', '1'])(
    'GetUser with membership=%s adds roles and default_roles',
    async (value) => {
      const answer = await triton('GET', `/demo/users/alice?membership=${value}`);
      expect(answer.body).toEqual(exampleOf('triton', 'UserAliceWithRoles'));
    },
  );

  it('HEAD answers the GET headers without a body', async () => {
    const answer = await triton('HEAD', '/demo/users/alice');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
  });

  it('CreateUser answers 201 with Location, never the password, and the user is then listed', async () => {
    const created = await triton('POST', '/demo/users', { body: newUser });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/demo/users/carol');
    expect(created.body).toMatchObject({
      login: 'carol',
      email: 'carol@example.com',
      firstName: 'Carol',
    });
    expect(created.text).not.toContain(newUser.password);
    const listed = await triton('GET', '/demo/users');
    expect(listed.body.map((user: { login: string }) => user.login)).toContain('carol');
    expect(listed.text).not.toContain(newUser.password);
  });

  it('UpdateUser changes fields, clears one with an empty string, and ignores password', async () => {
    const updated = await triton('POST', '/demo/users/alice', {
      body: { companyName: 'Wonderland Inc', address: '', password: 'ignored-1' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.companyName).toBe('Wonderland Inc');
    expect(updated.body).not.toHaveProperty('address');
    const fetched = await triton('GET', `/demo/users/${ALICE.id}`);
    expect(fetched.body).toEqual(updated.body);
  });

  it('ChangeUserPassword answers the user; a mismatch is 409 InvalidArgument', async () => {
    const changed = await triton('POST', '/demo/users/bob/change_password', {
      body: { password: 'new-secret-77', password_confirmation: 'new-secret-77' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.login).toBe('bob');
    const mismatch = await triton('POST', '/demo/users/bob/change_password', {
      body: { password: 'new-secret-77', password_confirmation: 'other-secret-77' },
    });
    expect(mismatch.status).toBe(409);
    expect(mismatch.body).toEqual({
      code: 'InvalidArgument',
      message: 'password and password_confirmation must have the same value',
    });
  });

  it('DeleteUser answers 204, then the user is 404 ResourceNotFound', async () => {
    expect((await triton('DELETE', '/demo/users/bob')).status).toBe(204);
    const gone = await triton('GET', '/demo/users/bob');
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ code: 'ResourceNotFound', message: 'bob does not exist' });
  });
});

describe('Triton: CloudAPI error codes', () => {
  it.each([
    [
      'a duplicate login',
      'POST',
      '/demo/users',
      { ...newUser, login: 'alice' },
      409,
      'InvalidArgument',
    ],
    [
      'no login, email or password',
      'POST',
      '/demo/users',
      { firstName: 'X' },
      409,
      'MissingParameter',
    ],
    [
      'an invalid email',
      'POST',
      '/demo/users',
      { ...newUser, email: 'not-an-email' },
      409,
      'InvalidArgument',
    ],
    [
      'a missing confirmation',
      'POST',
      '/demo/users/bob/change_password',
      { password: 'x1234567' },
      409,
      'MissingParameter',
    ],
    ['an unknown user', 'GET', '/demo/users/ghost', undefined, 404, 'ResourceNotFound'],
    ['an unknown account', 'GET', '/nobody/users', undefined, 404, 'ResourceNotFound'],
    ["another account's users", 'GET', '/acme/users', undefined, 403, 'NotAuthorized'],
    ['an unknown path', 'GET', '/demo/machines', undefined, 404, 'ResourceNotFound'],
    ['a wrong method', 'PUT', '/demo/users/alice', {}, 405, 'MethodNotAllowedError'],
  ])('%s answers %s %s → %i %s', async (_case, method, path, body, status, code) => {
    const answer = await triton(method, path, body === undefined ? {} : { body });
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
    expect(typeof answer.body.message).toBe('string');
  });

  it('names every missing parameter the way CloudAPI does', async () => {
    const answer = await triton('POST', '/demo/users', { body: {} });
    expect(answer.body.message).toBe(
      'Request is missing required parameters: email is required, login is required, password is required',
    );
  });

  it('answers malformed JSON, a wrong content type and an oversized body in CloudAPI form', async () => {
    const malformed = await triton('POST', '/demo/users', { body: '{"login":', raw: true });
    expect(malformed).toMatchObject({ status: 400, body: { code: 'InvalidContent' } });
    const wrongType = await triton('POST', '/demo/users', {
      body: 'login=x',
      raw: true,
      headers: { 'content-type': 'text/plain' },
    });
    expect(wrongType).toMatchObject({ status: 415, body: { code: 'UnsupportedMediaTypeError' } });
    const huge = await triton('POST', '/demo/users', {
      body: { ...newUser, companyName: 'x'.repeat(1_100_000) },
    });
    expect(huge).toMatchObject({ status: 413, body: { code: 'PayloadTooLargeError' } });
    expect((await triton('GET', '/demo/users/carol')).status).toBe(404);
  });

  it('sends CloudAPI response headers with an exact Content-Length and a correct Content-MD5', async () => {
    const answer = await triton('GET', '/demo/users/alice');
    const md5 = createHash('md5').update(answer.text).digest('base64');
    expect(answer.headers.get('content-md5')).toBe(md5);
    expect(Number(answer.headers.get('content-length'))).toBe(Buffer.byteLength(answer.text));
    expect(answer.headers.get('api-version')).toBe('9.0.0');
    expect(answer.headers.get('server')).toMatch(/^cloudapi\//);
    expect(answer.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number(answer.headers.get('response-time'))).toBeGreaterThanOrEqual(0);
  });
});

describe('Triton: HTTP Signature authentication', () => {
  const signed = (
    method: string,
    path: string,
    headers: Record<string, string>,
    init: CallInit = {},
  ) => call(`${stub.rootUrlOf('triton')}${path}`, method, { ...init, headers });

  it('accepts a request signed with the registered demo key', async () => {
    const answer = await signed('GET', '/demo/users', signature('GET', '/demo/users'));
    expect(answer.status).toBe(200);
  });

  it('covers the query string in the signature', async () => {
    const path = '/demo/users/alice?membership=true';
    expect((await signed('GET', path, signature('GET', path))).body.roles).toEqual([
      'operators',
      'readers',
    ]);
  });

  it('refuses a signature by the wrong key for a registered fingerprint', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const answer = await signed('GET', '/demo/users', signature('GET', '/demo/users', forged));
    expect(answer).toMatchObject({ status: 401, body: { code: 'InvalidCredentials' } });
  });

  it.each([
    ['no credentials', {}, 401, 'InvalidCredentials'],
    ['an unknown token', bearer('nope'), 401, 'InvalidCredentials'],
    [
      'a keyId of an unknown account',
      signature('GET', '/demo/users', demoKey, `/ghost/keys/${demoFingerprint}`),
      401,
      'InvalidCredentials',
    ],
    [
      'a malformed keyId',
      signature('GET', '/demo/users', demoKey, 'demo-key'),
      401,
      'InvalidCredentials',
    ],
    [
      'a stale Date',
      signature('GET', '/demo/users', demoKey, undefined, new Date(Date.now() - 600_000)),
      400,
      'RequestExpired',
    ],
    [
      'an unparseable header',
      { authorization: 'Signature nonsense', date: new Date().toUTCString() },
      400,
      'InvalidHeader',
    ],
  ])('answers %s with %i %s', async (_case, headers, status, code) => {
    const answer = await signed('GET', '/demo/users', headers as Record<string, string>);
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
  });

  it('answers 401 with the CloudAPI message when there are no credentials', async () => {
    const answer = await signed('GET', '/demo/users', {});
    expect(answer.body.message).toBe('You must make authenticated requests to use CloudAPI');
  });
});
