// Issue 13: CloudAPI answers the audit found off: body-less writes, Accept-Version ranges,
// a Content-MD5 that does not match, doubled messages, UUID lookups' wording, exact types.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tritonApi } from '../../../src/apis/triton/index.ts';
import { exampleOf } from '../../support/examples.ts';
import { bearer, call, startTestStub, type TestStub } from '../../support/stub.ts';

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: [tritonApi()], users: 0 });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset('triton'));

const ALICE = exampleOf<{ id: string; login: string }>('triton', 'UserAlice');
const UNKNOWN_UUID = '3d0f2c43-5d1e-4b1a-9a7c-2b6e8f0a1c55';

function triton(method: string, path: string, init: { headers?: object; body?: string } = {}) {
  return fetch(`${stub.rootUrlOf('triton')}${path}`, {
    method,
    headers: { ...bearer(), ...init.headers },
    ...(init.body === undefined ? {} : { body: init.body }),
  }).then(async (response) => ({
    status: response.status,
    headers: response.headers,
    body: await response.json().catch(() => undefined),
  }));
}

describe('Triton writes with no body (issue 13)', () => {
  it('ChangeUserPassword with no body is 409 MissingParameter naming both fields', async () => {
    const answer = await triton('POST', '/demo/users/bob/change_password');
    expect(answer.status).toBe(409);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.body).toEqual({
      code: 'MissingParameter',
      message:
        'Request is missing required parameters: password is required, password_confirmation is required',
    });
  });

  it('UpdateUser with no body changes nothing and answers the user', async () => {
    const answer = await triton('POST', `/demo/users/${ALICE.id}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: ALICE.id, login: 'alice' });
  });

  it('CreateUser with no body is 409 MissingParameter', async () => {
    const answer = await triton('POST', '/demo/users');
    expect(answer).toMatchObject({ status: 409, body: { code: 'MissingParameter' } });
  });
});

describe('Triton Accept-Version (issue 13)', () => {
  it.each([
    ['~10', 'GET', '/demo/users'],
    ['abc', 'GET', '/demo/users'],
    ['>=10', 'POST', '/demo/users'],
  ])('%s is 400 InvalidVersion', async (range, method, path) => {
    const answer = await triton(method, path, {
      headers: { 'accept-version': range, 'content-type': 'application/json' },
      ...(method === 'POST' ? { body: '{}' } : {}),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      code: 'InvalidVersion',
      message: `${range} is not supported by ${method} ${path}`,
    });
  });

  it('X-Api-Version is read as well', async () => {
    const answer = await triton('GET', '/demo/users', { headers: { 'x-api-version': '~10' } });
    expect(answer).toMatchObject({ status: 400, body: { code: 'InvalidVersion' } });
  });

  it.each([
    ['~9||~8', '9.0.0'],
    ['~8', '8.0.0'],
    ['7.2', '7.2.0'],
    ['*', '9.0.0'],
    ['>=7 <9', '8.0.0'],
    ['^7.1', '7.3.0'],
  ])('%s is served, as Api-Version %s', async (range, version) => {
    const answer = await triton('GET', '/demo/users', { headers: { 'accept-version': range } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('api-version')).toBe(version);
  });
});

describe('Triton Content-MD5 on a request body (issue 13)', () => {
  const body = JSON.stringify({
    login: 'carol',
    email: 'carol@example.com',
    password: 'secret-42',
  });
  const md5 = createHash('md5').update(body).digest('base64');

  it('a mismatch is 400 BadDigest and creates nothing', async () => {
    const wrong = createHash('md5').update('something else').digest('base64');
    const answer = await triton('POST', '/demo/users', {
      headers: { 'content-type': 'application/json', 'content-md5': wrong },
      body,
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      code: 'BadDigest',
      message: `Content-MD5 '${wrong}' didn't match '${md5}'`,
    });
    expect((await triton('GET', '/demo/users/carol')).status).toBe(404);
  });

  it('a matching Content-MD5 is accepted', async () => {
    const answer = await triton('POST', '/demo/users', {
      headers: { 'content-type': 'application/json', 'content-md5': md5 },
      body,
    });
    expect(answer.status).toBe(201);
  });
});

describe('Triton messages (issue 13)', () => {
  it('an invalid email is named once', async () => {
    const answer = await triton('POST', '/demo/users', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'carol', email: 'bad', password: 'carol-secret-42' }),
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toEqual({ code: 'InvalidArgument', message: 'email: bad is invalid' });
  });

  it.each([
    ['UpdateUser', `/demo/users/${UNKNOWN_UUID}`, { firstName: 'X' }],
    [
      'ChangeUserPassword',
      `/demo/users/${UNKNOWN_UUID}/change_password`,
      { password: 'new-secret-42', password_confirmation: 'new-secret-42' },
    ],
  ])('%s of an unknown UUID says which uuid', async (_op, path, body) => {
    const answer = await triton('POST', path, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({
      code: 'ResourceNotFound',
      message: `user with uuid "${UNKNOWN_UUID}" does not exist`,
    });
  });

  it('GetUser of an unknown login keeps "<login> does not exist"', async () => {
    const answer = await triton('GET', '/demo/users/ghost');
    expect(answer.body).toEqual({ code: 'ResourceNotFound', message: 'ghost does not exist' });
  });
});

describe('Triton Content-Type (issue 13)', () => {
  it.each([
    ['a list', 'GET', '/demo/users', 200],
    ['an error', 'GET', '/demo/users/ghost', 404],
  ])(
    '%s is exactly application/json, with a matching Content-MD5',
    async (_c, method, path, status) => {
      const response = await fetch(`${stub.rootUrlOf('triton')}${path}`, {
        method,
        headers: bearer(),
      });
      const text = await response.text();
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(response.headers.get('content-md5')).toBe(
        createHash('md5').update(text).digest('base64'),
      );
    },
  );

  it('under the /triton prefix too', async () => {
    const answer = await call(`${stub.urlOf('triton')}/demo/users`, 'GET', { headers: bearer() });
    expect(answer.headers.get('content-type')).toBe('application/json');
  });
});
