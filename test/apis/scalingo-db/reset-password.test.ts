import { describe, expect, it } from 'vitest';
import type { CallInit } from '../../support/stub.ts';
import { USERS, example, useScalingoDbStub } from './setup.ts';

const { api, createMyUser, hashOf } = useScalingoDbStub();

describe('Scalingo DB: resetDatabaseUserPassword', () => {
  it.each([
    ['go-scalingo’s {}', { body: {} }],
    ['scalingo.js’s missing body', {}],
    [
      "the document’s -d ''",
      { body: '', raw: true, headers: { 'content-type': 'application/json' } },
    ],
  ])('answers %s with the user and a new password', async (_case, init: CallInit) => {
    const before = hashOf('metabase');
    const answer = await api('POST', `${USERS}/metabase/reset_password`, init);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      database_user: { ...example('MetabaseUser'), password: expect.any(String) },
    });
    expect(answer.body.database_user.password).toMatch(/^[A-Za-z0-9_]{24,64}$/);
    expect(hashOf('metabase')).not.toBe(before);
  });

  it('answers my-user in the ResetPasswordUser shape, with a new password each time', async () => {
    const created = await createMyUser();
    const first = await api('POST', `${USERS}/my-user/reset_password`, { body: {} });
    const second = await api('POST', `${USERS}/my-user/reset_password`, { body: {} });
    const expected = example('ResetPasswordUser').database_user;
    for (const answer of [first, second]) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ database_user: { ...expected, password: expect.any(String) } });
    }
    const passwords = [created, first, second].map((a) => a.body.database_user.password);
    expect(new Set(passwords).size).toBe(3);
  });

  it('refuses the protected user with 403', async () => {
    const answer = await api('POST', `${USERS}/my-db-123/reset_password`, { body: {} });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual(example('ProtectedUserNotUpdatable'));
  });

  it.each([
    ['an unknown user', `${USERS}/nobody-here/reset_password`, 'DatabaseUserNotFound'],
    [
      'an unknown database',
      '/api/databases/no-such-db/users/metabase/reset_password',
      'DatabaseNotFound',
    ],
  ])('answers %s with 404', async (_case, path, name) => {
    const answer = await api('POST', path, { body: {} });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(example(name));
  });
});
