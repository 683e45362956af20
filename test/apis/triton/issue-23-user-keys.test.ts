// Issue 23: CloudAPI's sub-user key operations (ListUserKeys, GetUserKey, CreateUserKey,
// DeleteUserKey and the HEAD variants), whose keys sign requests as the sub-user.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tritonApi } from '../../../src/apis/triton/index.ts';
import { bearer, call, startTestStub, type TestStub } from '../../support/stub.ts';
import { makeKey, signedHeaders } from './support.ts';

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: [tritonApi({ strictSignatures: true })], users: 0 });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset('triton'));

const triton = (method: string, path: string, body?: unknown) =>
  stub.call('triton', method, path, { headers: bearer(), body, root: true });

/** A request signed by alice's key, as node-triton signs for a sub-user. */
function asAlice(
  key: ReturnType<typeof makeKey>,
  keyId = `/demo/users/alice/keys/${key.fingerprint}`,
) {
  const path = '/demo/users/alice';
  return call(`${stub.rootUrlOf('triton')}${path}`, 'GET', {
    headers: signedHeaders('GET', path, key, keyId),
  });
}

describe('sub-user keys (issue 23)', () => {
  it('a created key is listed, found by name and fingerprint, and signs as the sub-user', async () => {
    const key = makeKey('ed25519');
    const created = await triton('POST', '/demo/users/alice/keys', {
      name: 'laptop',
      key: key.publicLine,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      name: 'laptop',
      fingerprint: key.fingerprint,
      key: key.publicLine,
    });
    expect(created.headers.get('location')).toBe(
      `/demo/users/alice/keys/${encodeURIComponent(key.fingerprint)}`,
    );
    expect((await triton('GET', '/demo/users/alice/keys')).body).toEqual([created.body]);
    for (const name of ['laptop', key.fingerprint]) {
      expect(await triton('GET', `/demo/users/alice/keys/${name}`)).toMatchObject({
        status: 200,
        body: created.body,
      });
    }
    const head = await triton('HEAD', '/demo/users/alice/keys/laptop');
    expect(head).toMatchObject({ status: 200, text: '' });

    const signed = await asAlice(key);
    expect(signed.status).toBe(200);
    expect(signed.body.login).toBe('alice');
    // The key is alice's, not bob's nor the account's.
    expect((await asAlice(key, `/demo/users/bob/keys/${key.fingerprint}`)).status).toBe(401);
    expect((await asAlice(key, `/demo/keys/${key.fingerprint}`)).status).toBe(401);

    expect((await triton('DELETE', '/demo/users/alice/keys/laptop')).status).toBe(204);
    expect((await triton('GET', '/demo/users/alice/keys')).body).toEqual([]);
    expect(await asAlice(key)).toMatchObject({
      status: 401,
      body: { code: 'InvalidCredentials', message: 'Invalid authorization credentials supplied' },
    });
  });

  it('a key without a name is named after its fingerprint', async () => {
    const key = makeKey();
    const created = await triton('POST', '/demo/users/bob/keys', { key: key.publicLine });
    expect(created.body.name).toBe(key.fingerprint);
  });

  it.each([
    [{}, 'MissingParameter', 'key is a required argument'],
    [{ key: 42 }, 'InvalidArgument', 'key must be a String'],
    [{ key: 'not-a-key' }, 'InvalidArgument', 'key is invalid'],
  ])('CreateUserKey %j is 409 %s', async (body, code, message) => {
    const answer = await triton('POST', '/demo/users/alice/keys', body);
    expect(answer).toMatchObject({ status: 409, body: { code, message } });
  });

  it('the same key twice is 409 "key already exists or is invalid"', async () => {
    const key = makeKey();
    expect((await triton('POST', '/demo/users/alice/keys', { key: key.publicLine })).status).toBe(
      201,
    );
    const again = await triton('POST', '/demo/users/alice/keys', { key: key.publicLine });
    expect(again).toMatchObject({
      status: 409,
      body: { code: 'InvalidArgument', message: 'key already exists or is invalid' },
    });
  });

  it.each([
    ['GET', '/demo/users/ghost/keys', 'ghost does not exist'],
    ['GET', '/demo/users/alice/keys/nothing', 'nothing does not exist'],
    ['DELETE', '/demo/users/alice/keys/nothing', 'nothing does not exist'],
  ])('%s %s is 404 ResourceNotFound', async (method, path, message) => {
    const answer = await triton(method, path);
    expect(answer).toMatchObject({ status: 404, body: { code: 'ResourceNotFound', message } });
  });
});
