// Issue 23: UFDS's own answers through CloudAPI: logins unique without regard to case, its
// wording for a refused login and password, and translateUser's key order.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tritonApi } from '../../../src/apis/triton/index.ts';
import { bearer, startTestStub, type TestStub } from '../../support/stub.ts';

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: [tritonApi({ strictSignatures: true })], users: 0 });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset('triton'));

const triton = (method: string, path: string, body?: unknown) =>
  stub.call('triton', method, path, { headers: bearer(), body, root: true });
const newUser = (login: string, password = 'secret-42x', email = `${login}@example.com`) =>
  triton('POST', '/demo/users', { login, email, password });
const refused = (message: string) => ({ status: 409, body: { code: 'InvalidArgument', message } });

describe('Triton logins (issue 23)', () => {
  it.each(['ALICE', 'Alice', 'bOB'])('%s is taken by a user of another case', async (login) => {
    expect(await newUser(login)).toMatchObject(refused('Login is already taken'));
    expect((await triton('GET', '/demo/users')).body).toHaveLength(2);
  });

  it('an update to another user’s login in another case is refused; one’s own is not', async () => {
    expect(await triton('POST', '/demo/users/alice', { login: 'BOB' })).toMatchObject(
      refused('Login is already taken'),
    );
    const renamed = await triton('POST', '/demo/users/alice', { login: 'Alice' });
    expect(renamed).toMatchObject({ status: 200, body: { login: 'Alice' } });
  });

  it.each([
    ['_invalid_login', 'Login is invalid'],
    ['9lives', 'Login is invalid'],
    ['al', 'login: al is invalid'],
    ['local', 'login: local is invalid'],
  ])('%s is refused with UFDS’s words', async (login, message) => {
    expect(await newUser(login)).toMatchObject(refused(message));
  });

  it.each([
    ['abc1', 'passwordTooShort'],
    ['abc', 'passwordTooShort'],
    ['abcdefgh', 'insufficientPasswordQuality'],
    ['12345678', 'insufficientPasswordQuality'],
  ])('password %s is refused with the policy’s %s', async (password, message) => {
    expect(await newUser('zed', password)).toMatchObject(refused(message));
  });

  it('the email is checked first, then the login, then the password', async () => {
    expect(await newUser('_bad', 'abc', 'nope')).toMatchObject(refused('email: nope is invalid'));
    expect(await newUser('_bad', 'abc')).toMatchObject(refused('Login is invalid'));
  });
});

describe('Triton user objects (issue 23)', () => {
  it('keep translateUser’s key order', async () => {
    const answer = await triton('GET', '/demo/users/alice?membership=true');
    expect(Object.keys(answer.body)).toEqual([
      'id',
      'login',
      'email',
      'companyName',
      'firstName',
      'lastName',
      'postalCode',
      'address',
      'city',
      'state',
      'roles',
      'default_roles',
      'country',
      'phone',
      'updated',
      'created',
    ]);
    const created = await newUser('zed');
    expect(Object.keys(created.body)).toEqual(['id', 'login', 'email', 'updated', 'created']);
  });
});
