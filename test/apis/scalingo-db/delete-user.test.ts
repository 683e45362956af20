import { describe, expect, it } from 'vitest';
import { USERS, example, newUser, useScalingoDbStub } from './setup.ts';

const { api } = useScalingoDbStub();

describe('Scalingo DB: deleteDatabaseUser', () => {
  it('deletes metabase with 204 and no body; it is then 404 and gone from the list', async () => {
    const deleted = await api('DELETE', `${USERS}/metabase`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const again = await api('DELETE', `${USERS}/metabase`);
    expect(again.status).toBe(404);
    expect(again.body).toEqual(example('DatabaseUserNotFound'));
    const listed = await api('GET', USERS);
    expect(listed.body['database-users'].map((u: { name: string }) => u.name)).toEqual([
      'my-db-123',
    ]);
    const recreated = await api('POST', USERS, { body: newUser({ name: 'metabase' }) });
    expect(recreated.status).toBe(201);
  });

  it('refuses the protected user with 403', async () => {
    const answer = await api('DELETE', `${USERS}/my-db-123`);
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual(example('ProtectedUserNotDeletable'));
  });

  it('answers an unknown database with 404 resource database', async () => {
    const answer = await api('DELETE', '/api/databases/no-such-db/users/metabase');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(example('DatabaseNotFound'));
  });
});
