import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apisNamed } from '../../src/apis/index.ts';
import { bearer, startTestStub, type TestStub } from '../support/stub.ts';
import { exampleOf } from '../support/examples.ts';

const DOC_USER = 'us-d13d3065-e7fa-4b1a-827a-ce1c92415f9c';
const basic = (token: string) => ({
  authorization: `Basic ${Buffer.from(`:${token}`).toString('base64')}`,
});

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: apisNamed(['scalingo']) });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset('scalingo'));

const api = (method: string, path: string, init: Parameters<TestStub['call']>[3] = {}) =>
  stub.call('scalingo', method, path, { ...init, headers: { ...bearer(), ...init.headers } });

describe('Scalingo account: reads answer with the document’s examples', () => {
  it('GET /v1/users/self returns the token’s user', async () => {
    const answer = await api('GET', '/v1/users/self');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(exampleOf('scalingo', 'DocAccountUser'));
  });

  it('GET /v1/users/roles returns the role list', async () => {
    const answer = await api('GET', '/v1/users/roles');
    expect(answer.body).toEqual(exampleOf('scalingo', 'Roles'));
  });

  it('GET /v1/account/usage honours from and to', async () => {
    const inRange = await api('GET', '/v1/account/usage?from=2020-10-01&to=2020-11-01');
    expect(inRange.status).toBe(200);
    expect(inRange.body).toEqual(exampleOf('scalingo', 'AccountUsage'));
    const after = await api('GET', '/v1/account/usage?from=2020-11-02');
    expect(after.body).toEqual({ usage: [] });
    const unbounded = await api('GET', '/v1/account/usage?');
    expect(unbounded.body.usage).toHaveLength(2);
  });

  it.each([
    ['not a date', 'from=yesterday', 'from'],
    ['an impossible date', 'to=2020-13-01', 'to'],
    ['from after to', 'from=2020-11-01&to=2020-10-01', 'to'],
  ])(
    'GET /v1/account/usage with %s answers 422 naming the parameter',
    async (_case, query, field) => {
      const answer = await api('GET', `/v1/account/usage?${query}`);
      expect(answer.status).toBe(422);
      expect(Object.keys(answer.body.errors)).toEqual([field]);
    },
  );
});

describe('Scalingo account: updates', () => {
  it.each([
    ['PATCH', `/v1/users/${DOC_USER}`],
    ['PUT', `/v1/users/${DOC_USER}`],
    ['PUT', '/v1/users/account'],
    ['PATCH', '/v1/account/profile'],
  ])('%s %s changes the email, and the change is kept', async (method, path) => {
    const answer = await api(method, path, {
      body: { user: { email: 'new-documentation@scalingo.com' } },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(exampleOf('scalingo', 'UpdatedUser'));
    const after = await api('GET', '/v1/users/self');
    expect(after.body.user.email).toBe('new-documentation@scalingo.com');
  });

  it('refuses an email or username another account holds with 422', async () => {
    const other = stub.runtime.dataOf('scalingo') as {
      accounts: { user: { email: string; username: string } }[];
    };
    const taken = other.accounts[1]!.user;
    for (const [field, value] of [
      ['email', taken.email],
      ['username', taken.username],
    ] as const) {
      const answer = await api('PATCH', `/v1/users/${DOC_USER}`, {
        body: { user: { [field]: value } },
      });
      expect(answer.status).toBe(422);
      expect(answer.body).toEqual({ errors: { [field]: ['has already been taken'] } });
    }
  });

  it('answers 422 for an invalid email and for a body without `user`', async () => {
    const invalid = await api('PATCH', `/v1/users/${DOC_USER}`, {
      body: { user: { email: 'nope' } },
    });
    expect(invalid).toMatchObject({ status: 422, body: { errors: { email: ['is invalid'] } } });
    const missing = await api('PATCH', `/v1/users/${DOC_USER}`, { body: {} });
    expect(missing).toMatchObject({ status: 422, body: { errors: { user: ['missing field'] } } });
  });

  it('answers 404 for an unknown user id and 403 for another user’s id', async () => {
    const unknown = await api('PATCH', '/v1/users/us-00000000-0000-0000-0000-000000000000', {
      body: { user: {} },
    });
    expect(unknown).toMatchObject({ status: 404, body: { resource: 'user', error: 'not found' } });
    const other = (stub.runtime.dataOf('scalingo') as { accounts: { user: { id: string } }[] })
      .accounts[1]!.user.id;
    const forbidden = await api('PATCH', `/v1/users/${other}`, {
      body: { user: { username: 'mine-now' } },
    });
    expect(forbidden.status).toBe(403);
    expect(typeof forbidden.body.error).toBe('string');
  });

  it('changes the password only with a matching confirmation and the right current password', async () => {
    const mismatch = await api('PUT', '/v1/users/account', {
      body: {
        user: {
          password: 'a-new-secret',
          password_confirmation: 'other',
          current_password: 'facsimile-demo-password',
        },
      },
    });
    expect(mismatch).toMatchObject({
      status: 422,
      body: { errors: { password_confirmation: ["doesn't match Password"] } },
    });
    const wrongCurrent = await api('PUT', '/v1/users/account', {
      body: {
        user: {
          password: 'a-new-secret',
          password_confirmation: 'a-new-secret',
          current_password: 'wrong',
        },
      },
    });
    expect(wrongCurrent).toMatchObject({
      status: 422,
      body: { errors: { current_password: ['is invalid'] } },
    });
    const ok = await api('PUT', '/v1/users/account', {
      body: {
        user: {
          password: 'a-new-secret',
          password_confirmation: 'a-new-secret',
          current_password: 'facsimile-demo-password',
        },
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.text).not.toContain('a-new-secret');
  });
});

describe('Scalingo account: tokens and deletion', () => {
  it('exchanges an API token (Basic, empty user) for a JWT with exp that the API accepts', async () => {
    const exchanged = await stub.call('scalingo', 'POST', '/v1/tokens/exchange', {
      headers: basic('facsimile-demo'),
      body: {},
    });
    expect(exchanged.status).toBe(200);
    const [, payload = ''] = exchanged.body.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(3600);
    const self = await api('GET', '/v1/users/self', { headers: bearer(exchanged.body.token) });
    expect(self.body.user.id).toBe(DOC_USER);
  });

  it('refuses a bad token with 401 {"error": ...}', async () => {
    for (const headers of [{}, bearer('nope'), basic('nope')]) {
      const answer = await stub.call('scalingo', 'GET', '/v1/users/self', { headers });
      expect(answer).toMatchObject({ status: 401, body: { error: 'authentication required' } });
    }
    const badExchange = await stub.call('scalingo', 'POST', '/v1/tokens/exchange', {
      headers: basic('nope'),
      body: {},
    });
    expect(badExchange.status).toBe(401);
  });

  it('DELETE /v1/users deletes the account and its apps; the token then gets 401', async () => {
    const deleted = await api('DELETE', '/v1/users');
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const after = await api('GET', '/v1/users/self');
    expect(after.status).toBe(401);
    const data = stub.runtime.dataOf('scalingo') as { apps: { owner: string }[] };
    expect(data.apps.filter((app) => app.owner === DOC_USER)).toEqual([]);
  });
});
