// Issue 23: what restify 4.3.3 answers before CloudAPI's handlers run: acceptParser's 406,
// bodyParser's 413 over CloudAPI's 100,000 bytes, the router's 404 and 405 wording, and
// form-encoded bodies on the routes that take any body type.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tritonApi } from '../../../src/apis/triton/index.ts';
import { bearer, startTestStub, type TestStub } from '../../support/stub.ts';

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: [tritonApi({ strictSignatures: true })], users: 0 });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset('triton'));

const triton = (
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
) =>
  stub.call('triton', method, path, {
    headers: { ...bearer(), ...headers },
    ...(body === undefined ? {} : { body, raw: true }),
    root: true,
  });
const ACCEPTS =
  'Server accepts: application/json,text/plain,application/octet-stream,application/javascript';

describe('restify acceptParser (issue 23)', () => {
  it.each(['text/html', 'application/xml', 'text/html, application/json;q=0'])(
    'Accept: %s is 406 NotAcceptableError, before credentials',
    async (accept) => {
      const answer = await stub.call('triton', 'GET', '/demo/users', {
        headers: { accept },
        root: true,
      });
      expect(answer).toMatchObject({
        status: 406,
        body: { code: 'NotAcceptableError', message: ACCEPTS },
      });
    },
  );

  it.each(['*/*', 'text/*', 'application/json', 'text/html, */*;q=0.8', 'text/plain'])(
    'Accept: %s is served',
    async (accept) => {
      expect((await triton('GET', '/demo/users', { accept })).status).toBe(200);
    },
  );
});

describe('restify bodyParser size (issue 23)', () => {
  const update = (size: number) =>
    triton(
      'POST',
      '/demo/users/alice',
      { 'content-type': 'application/json' },
      JSON.stringify({ phone: '1', pad: 'x'.repeat(size) }),
    );

  it('a body over 100,000 bytes is 413 PayloadTooLargeError', async () => {
    const answer = await update(100_000);
    expect(answer).toMatchObject({
      status: 413,
      body: { code: 'PayloadTooLargeError', message: 'Request body size exceeds 100000' },
    });
  });

  it('a body just under the limit is read', async () => {
    expect((await update(99_000)).status).toBe(200);
  });
});

describe('restify router wording (issue 23)', () => {
  it('an unknown path is 404 "<path> does not exist"', async () => {
    const answer = await triton('GET', '/demo/userz');
    expect(answer).toMatchObject({
      status: 404,
      body: { code: 'ResourceNotFound', message: '/demo/userz does not exist' },
    });
  });

  it('a method the path lacks is 405 MethodNotAllowedError "<METHOD> is not allowed"', async () => {
    const answer = await triton('PUT', '/demo/users');
    expect(answer).toMatchObject({
      status: 405,
      body: { code: 'MethodNotAllowedError', message: 'PUT is not allowed' },
    });
    expect(answer.headers.get('allow')).toMatch(/GET/);
  });
});

describe('form-encoded bodies (issue 23)', () => {
  const form = { 'content-type': 'application/x-www-form-urlencoded' };

  it('UpdateUser reads a form, as restify’s bodyParser does', async () => {
    const answer = await triton('POST', '/demo/users/alice', form, 'phone=555&city=Lyon');
    expect(answer).toMatchObject({ status: 200, body: { phone: '555', city: 'Lyon' } });
  });

  it('ChangeUserPassword reads a form', async () => {
    const body = 'password=new-secret-77&password_confirmation=new-secret-77';
    expect((await triton('POST', '/demo/users/alice/change_password', form, body)).status).toBe(
      200,
    );
  });

  it('CreateUser keeps its route’s content types: a form is 415', async () => {
    const body = 'login=zed&email=zed%40example.com&password=secret-42x';
    expect((await triton('POST', '/demo/users', form, body)).status).toBe(415);
  });
});
