import { describe, expect, it } from 'vitest';
import { bearer, type Answer, type CallInit } from '../../support/stub.ts';
import { DEMO_BASIC, basic, createBody, example, useComputeStacksStub } from './setup.ts';

const CHALLENGE = (description: string) =>
  `Bearer realm="ComputeStacks", error="invalid_token", error_description="${description}"`;

const computestacks = useComputeStacksStub();
const { api, currentUser } = computestacks;

/** Doorkeeper's answers carry no body at all, not even `{}`. */
function expectEmpty(answer: Answer, status: number) {
  expect(answer.status).toBe(status);
  expect(answer.text).toBe('');
  expect(answer.headers.get('content-type')).toBeNull();
}

describe('credentials and scopes', () => {
  const operations: [string, CallInit][] = [
    ['GET', {}],
    ['PATCH', { body: { user: { city: 'Portland' } } }],
    ['POST', { body: createBody({ fname: 'Jane', lname: 'Smith' }) }],
  ];

  it.each([
    ['no Authorization', {}, 'The access token is invalid'],
    ['an unknown token', bearer('nope'), 'The access token is invalid'],
    ['an empty Bearer', { authorization: 'Bearer ' }, 'The access token is invalid'],
    ['an expired token', bearer('cs-expired'), 'The access token expired'],
    ['a revoked token', bearer('cs-revoked'), 'The access token was revoked'],
  ])('answers %s with 401, an empty body and WWW-Authenticate', async (_case, headers, why) => {
    for (const [method, init] of operations) {
      const answer = await computestacks.stub.call('computestacks', method, '/api/users', {
        ...init,
        headers,
      });
      expectEmpty(answer, 401);
      expect(answer.headers.get('www-authenticate')).toBe(CHALLENGE(why));
    }
  });

  it.each([
    ['an unknown username', basic('nobody', 'secret')],
    ['a wrong password', basic(DEMO_BASIC.username, 'wrong')],
    ['an undecodable credential', { authorization: 'Basic !!!' }],
  ])('answers Basic with %s 401 {"errors":["Not Authorized"]}', async (_case, headers) => {
    for (const [method, init] of operations) {
      const answer = await computestacks.stub.call('computestacks', method, '/api/users', {
        ...init,
        headers,
      });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(example('NotAuthorized'));
      expect(answer.headers.get('www-authenticate')).toBeNull();
    }
  });

  it.each([
    ['GET', 'cs-update-only', {}],
    ['GET', 'cs-public-only', {}],
    ['GET', 'cs-register-only', {}],
    ['PATCH', 'cs-read-only', { body: { user: { city: 'Portland' } } }],
    ['PATCH', 'cs-register-only', { body: { user: { city: 'Portland' } } }],
    ['POST', 'cs-read-only', { body: createBody({ fname: 'Jane', lname: 'Smith' }) }],
    ['POST', 'cs-update-only', { body: createBody({ fname: 'Jane', lname: 'Smith' }) }],
  ])('answers %s with %s (scope missing) 403 and an empty body', async (method, token, init) => {
    const answer = await api(method, '/api/users', { ...init, headers: bearer(token) });
    expectEmpty(answer, 403);
    expect(answer.headers.get('www-authenticate')).toBeNull();
  });

  it('changes nothing when the scope is missing', async () => {
    await api('PATCH', '/api/users', {
      headers: bearer('cs-read-only'),
      body: { user: { city: 'Portland' } },
    });
    expect((await currentUser()).city).toBeNull();
  });
});
