// Issue 13: the document's reset_password example posts to /users/my-user while its heading
// names /users/my-user/reset_password; both paths reset the password.
import { describe, expect, it } from 'vitest';
import { USERS, useScalingoDbStub } from './setup.ts';

const db = useScalingoDbStub();

describe('Scalingo DB: reset_password at the document example path (issue 13)', () => {
  it.each([`${USERS}/my-user`, `${USERS}/my-user/reset_password`])(
    'POST %s generates a new password',
    async (path) => {
      expect((await db.createMyUser()).status).toBe(201);
      const before = db.hashOf('my-user');
      const answer = await db.api('POST', path);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-request-id')).toBeTruthy();
      expect(answer.body).toEqual({
        database_user: {
          name: 'my-user',
          read_only: false,
          protected: false,
          password: expect.stringMatching(/^[A-Za-z0-9_]{25}$/),
          dbms_attributes: { password_encryption: 'SCRAM-SHA-256' },
        },
      });
      expect(db.hashOf('my-user')).not.toBe(before);
    },
  );

  it('POST at the user path keeps the reset rules: protected is 403, unknown is 404', async () => {
    const protectedUser = await db.api('POST', `${USERS}/my-db-123`, { body: {} });
    expect(protectedUser.status).toBe(403);
    expect(protectedUser.body).toEqual({ error: expect.stringContaining('protected') });
    const unknown = await db.api('POST', `${USERS}/nobody-here`, { body: {} });
    expect(unknown).toMatchObject({
      status: 404,
      body: { resource: 'database_user', error: 'not found' },
    });
  });
});
