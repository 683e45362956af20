import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { storeBytes } from '../../support/store-on-disk.ts';
import { scalingoDbApi } from '../../../src/apis/scalingo-db/index.ts';
import { startStub } from '../../../src/core/serving/server.ts';
import { bearer, startTestStub } from '../../support/stub.ts';
import { ADDON_ID, USERS, example, newUser, useScalingoDbStub } from './setup.ts';

const DOC_PASSWORD = example('CreatedUser').database_user.password as string;

const scalingoDb = useScalingoDbStub();
const { api, createMyUser, demoDatabase, hashOf } = scalingoDb;

describe('Scalingo DB: createDatabaseUser', () => {
  it('creates the document’s my-user with a generated password (201, wrapped)', async () => {
    const answer = await createMyUser();
    expect(answer.status).toBe(201);
    const expected = example('CreatedUser');
    expect(answer.body).toEqual({
      database_user: { ...expected.database_user, password: expect.any(String) },
    });
    const password = answer.body.database_user.password as string;
    expect(password).toMatch(/^[A-Za-z0-9_]{24,64}$/);
    expect(password).not.toBe(DOC_PASSWORD);
    const listed = await api('GET', USERS);
    expect(listed.body['database-users']).toEqual([
      ...example('MyDb123Users')['database-users'],
      { name: 'my-user', read_only: false, protected: false, ...dbmsOf(expected) },
    ]);
  });

  it('keeps a chosen password: the document’s values give exactly its CreatedUser', async () => {
    const answer = await api('POST', USERS, {
      body: newUser({
        name: 'my-user',
        password: DOC_PASSWORD,
        password_confirmation: DOC_PASSWORD,
      }),
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual(example('CreatedUser'));
  });

  it('creates a read-only user (go-scalingo body, addon id as database_id)', async () => {
    const request = example('CreateReadOnlyUserWithPasswordRequest');
    const answer = await api('POST', `/api/databases/${ADDON_ID}/users`, { body: request });
    expect(answer.status).toBe(201);
    expect(answer.body.database_user).toMatchObject({
      name: 'reporting-ro',
      read_only: true,
      protected: false,
      password: request.database_user.password,
    });
  });

  it('keeps only a digest of the password, and the change is on disk when acknowledged', async () => {
    const answer = await createMyUser();
    const password = answer.body.database_user.password as string;
    const onDisk = await storeBytes(scalingoDb.stub.dbFile);
    expect(onDisk).toContain('"my-user"');
    expect(onDisk).not.toContain(password);
    expect(hashOf('my-user')).toMatch(/^[0-9a-f]+\$/);
  });

  it('keeps a created user across a restart of the stub', async () => {
    const first = await startTestStub({ apis: [scalingoDbApi] });
    try {
      const created = await first.call('scalingo-db', 'POST', USERS, {
        headers: bearer(),
        body: example('CreateUserRequest'),
      });
      expect(created.status).toBe(201);
      await first.close();
      const second = await startStub({ apis: [scalingoDbApi], db: first.dbFile, apiPorts: false });
      const listed = await fetch(`${second.urlOf('scalingo-db')}${USERS}`, { headers: bearer() });
      const body = (await listed.json()) as { 'database-users': { name: string }[] };
      await second.close();
      expect(body['database-users'].map((user) => user.name)).toEqual([
        'my-db-123',
        'metabase',
        'my-user',
      ]);
    } finally {
      await rm(first.dir, { recursive: true, force: true });
    }
  });

  it.each(['abcdef', 'a'.repeat(32), 'my-user-2', '123456', 'a1-b2-c3'])(
    'accepts the valid name %s',
    async (name) => {
      const answer = await api('POST', USERS, { body: newUser({ name }) });
      expect(answer.status).toBe(201);
    },
  );

  it.each([
    ['upper case and underscore', 'My_User'],
    ['a leading hyphen', '-myuser'],
    ['a trailing hyphen', 'myuser-'],
    ['a double hyphen', 'my--user'],
    ['5 characters', 'short'],
    ['33 characters', 'a'.repeat(33)],
    ['a number', 42],
  ])('answers a name with %s with 422 NameInvalid', async (_case, name) => {
    const answer = await api('POST', USERS, { body: newUser({ name }) });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example('NameInvalid'));
  });

  it.each([
    ['no name', newUser({ read_only: true }), 'NameMissing'],
    ['no database_user', { name: 'my-user' }, 'DatabaseUserMissing'],
    [
      'a short password',
      newUser({ name: 'my-user', password: 'x'.repeat(23) }),
      'PasswordTooShort',
    ],
    [
      'a different confirmation',
      newUser({ name: 'my-user', password: 'p'.repeat(24), password_confirmation: 'q'.repeat(24) }),
      'PasswordConfirmationMismatch',
    ],
    [
      'a password without confirmation',
      newUser({ name: 'my-user', password: 'p'.repeat(24) }),
      'PasswordConfirmationMismatch',
    ],
    [
      'a confirmation without password',
      newUser({ name: 'my-user', password: null, password_confirmation: 'p'.repeat(24) }),
      'PasswordConfirmationMismatch',
    ],
    ['the name of an existing user', newUser({ name: 'metabase' }), 'NameTaken'],
  ])('answers %s with 422 as the spec’s %s example', async (_case, body, name) => {
    const answer = await api('POST', USERS, { body });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example(name));
  });

  it('answers a password over 64 characters with Rails’ message', async () => {
    const long = 'p'.repeat(65);
    const answer = await api('POST', USERS, {
      body: newUser({ name: 'my-user', password: long, password_confirmation: long }),
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      errors: {
        password: ['is too long (maximum is 64 characters)'],
        password_confirmation: ['is too long (maximum is 64 characters)'],
      },
    });
  });

  it('reports every broken rule at once: a taken name and a mismatch', async () => {
    const answer = await api('POST', USERS, {
      body: newUser({
        name: 'metabase',
        password: 'p'.repeat(24),
        password_confirmation: 'nope'.repeat(6),
      }),
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      errors: { ...example('NameTaken').errors, ...example('PasswordConfirmationMismatch').errors },
    });
  });

  it('gives exactly one 201 to 50 concurrent creates of one name, and 49 NameTaken', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => api('POST', USERS, { body: newUser({ name: 'racer-1' }) })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 422)).toHaveLength(49);
    for (const answer of answers.filter((a) => a.status === 422))
      expect(answer.body).toEqual(example('NameTaken'));
    const listed = await api('GET', USERS);
    expect(
      listed.body['database-users'].filter((u: { name: string }) => u.name === 'racer-1'),
    ).toHaveLength(1);
  });

  it('lets one name exist in two databases', async () => {
    const other = demoDatabase();
    const answer = await api('POST', `/api/databases/${other.name}/users`, {
      body: newUser({ name: 'metabase' }),
    });
    expect(answer.status).toBe(201);
  });

  it('answers an unknown database with 404 resource database', async () => {
    const answer = await api('POST', '/api/databases/no-such-db/users', {
      body: newUser({ name: 'my-user' }),
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(example('DatabaseNotFound'));
  });
});

function dbmsOf(created: { database_user: { dbms_attributes?: unknown } }) {
  return { dbms_attributes: created.database_user.dbms_attributes };
}
