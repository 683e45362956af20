import { describe, expect, it } from 'vitest';
import { USERS, example, useScalingoDbStub } from './setup.ts';

const { api, createMyUser, hashOf } = useScalingoDbStub();

const passwordPair = (password: string, confirmation = password) => ({
  database_user: { password, password_confirmation: confirmation },
});

describe('Scalingo DB: updateDatabaseUser', () => {
  it('changes my-user’s password with the document’s request (200 UpdatedUser)', async () => {
    await createMyUser();
    const before = hashOf('my-user');
    const answer = await api('PATCH', `${USERS}/my-user`, {
      body: example('UpdateUserPasswordRequest'),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(example('UpdatedUser'));
    expect(hashOf('my-user')).not.toBe(before);
  });

  it('answers metabase with its document object, ignoring name and read_only', async () => {
    const body = passwordPair('p'.repeat(30));
    const answer = await api('PATCH', `${USERS}/metabase`, {
      body: { database_user: { ...body.database_user, name: 'renamed', read_only: false } },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ database_user: example('MetabaseUser') });
    expect(hashOf('metabase')).toMatch(/\$/);
  });

  it('refuses the protected user with 403', async () => {
    const answer = await api('PATCH', `${USERS}/my-db-123`, { body: passwordPair('p'.repeat(24)) });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual(example('ProtectedUserNotUpdatable'));
  });

  it.each([
    [
      'no password',
      { database_user: { password_confirmation: 'p'.repeat(24) } },
      'PasswordMissing',
    ],
    ['no database_user', {}, 'DatabaseUserMissing'],
    [
      'a different confirmation',
      passwordPair('p'.repeat(24), 'q'.repeat(24)),
      'PasswordConfirmationMismatch',
    ],
  ])('answers %s with 422 as the spec’s %s example', async (_case, body, name) => {
    const answer = await api('PATCH', `${USERS}/metabase`, { body });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example(name));
  });

  it('answers short passwords with 422 naming both fields', async () => {
    const answer = await api('PATCH', `${USERS}/metabase`, { body: passwordPair('short') });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      errors: {
        password: ['is too short (minimum is 24 characters)'],
        password_confirmation: ['is too short (minimum is 24 characters)'],
      },
    });
  });

  it.each([
    ['an unknown user', `${USERS}/nobody-here`, 'DatabaseUserNotFound'],
    ['an unknown database', '/api/databases/no-such-db/users/metabase', 'DatabaseNotFound'],
  ])('answers %s with 404', async (_case, path, name) => {
    const answer = await api('PATCH', path, { body: passwordPair('p'.repeat(24)) });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(example(name));
  });
});
