import { readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scalingoDbApi } from '../../src/apis/scalingo-db/index.ts';
import type { ScalingoDbData } from '../../src/apis/scalingo-db/state.ts';
import { SchemaValidator, describeErrors } from '../../src/core/schemas.ts';
import { seedApi } from '../../src/core/seeding.ts';
import { startStub } from '../../src/core/server.ts';
import { loadSpec } from '../../src/core/spec.ts';
import { exampleOf } from '../support/examples.ts';
import { bearer, startTestStub, type CallInit, type TestStub } from '../support/stub.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const example = (name: string) => exampleOf<any>('scalingo-db', name);

const USERS = '/api/databases/my-db-123/users';
const DB_ID = example('CreateUserRequest').database_user.database_id as string;
const ADDON_ID = example('CreateReadOnlyUserWithPasswordRequest').database_user
  .database_id as string;
const DOC_PASSWORD = example('CreatedUser').database_user.password as string;
const ADDON_TOKEN = 'facsimile-addon-my-db-123';
const NAME_PATTERN = /^(?!.*--)[a-z0-9][a-z0-9-]{4,30}[a-z0-9]$/;

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: [scalingoDbApi] });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset('scalingo-db'));

const api = (method: string, path: string, init: CallInit = {}) =>
  stub.call('scalingo-db', method, path, { ...init, headers: { ...bearer(), ...init.headers } });

const data = () => stub.runtime.data.apis['scalingo-db'] as ScalingoDbData;
const demoDatabase = () => data().databases.find((database) => database.name !== 'my-db-123')!;
const hashOf = (name: string) =>
  data().users.find((row) => row.database === DB_ID && row.user.name === name)?.passwordHash;

const newUser = (fields: Record<string, unknown>) => ({
  database_user: { database_id: DB_ID, ...fields },
});
const passwordPair = (password: string, confirmation = password) => ({
  database_user: { password, password_confirmation: confirmation },
});
const createMyUser = () => api('POST', USERS, { body: example('CreateUserRequest') });

/** Every operation with a body it accepts, for the checks every operation shares. */
const operations: [string, string, string, unknown][] = [
  ['listDatabaseUsers', 'GET', USERS, undefined],
  ['createDatabaseUser', 'POST', USERS, example('CreateUserRequest')],
  ['updateDatabaseUser', 'PATCH', `${USERS}/metabase`, example('UpdateUserPasswordRequest')],
  ['resetDatabaseUserPassword', 'POST', `${USERS}/metabase/reset_password`, {}],
  ['deleteDatabaseUser', 'DELETE', `${USERS}/metabase`, undefined],
];

describe('Scalingo DB: listDatabaseUsers', () => {
  it.each([
    ['name', 'my-db-123'],
    ['id', DB_ID],
    ['addon id', ADDON_ID],
  ])('answers the document’s users of my-db-123 addressed by its %s', async (_by, db) => {
    const answer = await api('GET', `/api/databases/${db}/users`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(example('MyDb123Users'));
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('echoes X-Request-ID as X-Request-Id, and makes one up when none is sent', async () => {
    const echoed = await api('GET', USERS, { headers: { 'x-request-id': 'req-42' } });
    expect(echoed.headers.get('x-request-id')).toBe('req-42');
    const madeUp = await api('GET', USERS);
    expect(madeUp.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown database with 404 resource database', async () => {
    const answer = await api('GET', '/api/databases/no-such-db/users');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(example('DatabaseNotFound'));
  });
});

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
    const onDisk = await readFile(stub.dbFile, 'utf8');
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

describe('Scalingo DB: credentials', () => {
  it.each(operations)(
    '%s refuses missing and bad credentials with 401',
    async (_op, method, path, body) => {
      for (const headers of [
        {},
        bearer('nope'),
        bearer(''),
        { authorization: 'facsimile-demo' },
        { authorization: `Basic ${Buffer.from(':facsimile-demo').toString('base64')}` },
      ]) {
        const answer = await stub.call('scalingo-db', method, path, { headers, body });
        expect(answer.status).toBe(401);
        expect(answer.body).toEqual(example('Unauthorized'));
      }
    },
  );

  it.each(operations)(
    '%s accepts the addon token of its own database',
    async (_op, method, path, body) => {
      const answer = await api(method, path, { body, headers: bearer(ADDON_TOKEN) });
      expect(answer.status).toBeLessThan(300);
    },
  );

  it.each(operations)(
    '%s answers an addon token of another database with 404',
    async (_op, method, path, body) => {
      const other = demoDatabase();
      const answer = await api(method, path, { body, headers: bearer(other.tokens[0]) });
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(example('DatabaseNotFound'));
      const own = await api('GET', `/api/databases/${other.name}/users`, {
        headers: bearer(other.tokens[0]),
      });
      expect(own.status).toBe(200);
    },
  );
});

describe('Scalingo DB: malformed requests get Scalingo’s envelopes, never a 500', () => {
  const writes = operations.filter(([, method]) => method === 'POST' || method === 'PATCH');

  it.each(writes)('%s answers malformed JSON with 400', async (_op, method, path) => {
    const answer = await api(method, path, { body: '{"database_user": {', raw: true });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/^There was a problem in the JSON you submitted: /);
    expect(Object.keys(answer.body)).toEqual(['error']);
  });

  it.each(writes)('%s answers a body that is not JSON with 415', async (_op, method, path) => {
    const answer = await api(method, path, {
      body: 'name=my-user',
      raw: true,
      headers: { 'content-type': 'text/plain' },
    });
    expect(answer.status).toBe(415);
    expect(answer.body).toEqual(example('UnsupportedMediaType'));
  });

  it('answers a body over 1 MB with 413', async () => {
    const answer = await api('POST', USERS, {
      body: newUser({ name: 'big-user', pad: 'x'.repeat(1_100_000) }),
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: 'request body is larger than 1 MB' });
  });

  it.each([
    ['GET', '/api/databases/my-db-123/backups'],
    ['GET', '/api/nothing'],
    ['POST', `${USERS}/metabase/unknown_action`],
  ])('answers %s %s (no such operation) with 404', async (method, path) => {
    const answer = await api(method, path, { body: method === 'POST' ? {} : undefined });
    expect(answer.status).toBe(404);
    expect(typeof answer.body.error).toBe('string');
  });

  it.each([
    ['PUT', `${USERS}/metabase`, 'DELETE, PATCH'],
    ['GET', `${USERS}/metabase`, 'DELETE, PATCH'],
    ['PATCH', `${USERS}/metabase/reset_password`, 'POST'],
    ['DELETE', USERS, 'POST, GET'],
  ])('answers %s %s (wrong method) with 405 and Allow', async (method, path, allow) => {
    const body = method === 'GET' || method === 'DELETE' ? undefined : {};
    const answer = await api(method, path, { body });
    expect(answer.status).toBe(405);
    expect(answer.body).toEqual({ error: `${method} method not allowed` });
    expect(answer.headers.get('allow')).toBe(allow);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it.each([
    ['an array body', []],
    ['a null database_user', { database_user: null }],
    ['a string read_only', newUser({ name: 'my-user', read_only: 'yes' })],
  ])('answers %s with 422 in the errors envelope', async (_case, body) => {
    const answer = await api('POST', USERS, { body });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body)).toEqual(['errors']);
    expect(Object.keys(answer.body.errors).length).toBeGreaterThan(0);
  });
});

describe('Scalingo DB seed', () => {
  const seed = (seedNumber: number, users: number) =>
    seedApi(scalingoDbApi, { seed: seedNumber, users }) as ScalingoDbData;

  it('is byte-identical for one seed, different for another, and per-index stable', () => {
    expect(JSON.stringify(seed(7, 5))).toBe(JSON.stringify(seed(7, 5)));
    expect(JSON.stringify(seed(7, 5))).not.toBe(JSON.stringify(seed(8, 5)));
    expect(seed(3, 9).users.slice(0, -3)).toEqual(seed(3, 6).users);
  });

  it('spreads the demo users over the demo databases, with valid unique names', () => {
    const data = seed(11, 40);
    expect(data.databases).toHaveLength(4);
    for (const database of data.databases) {
      const names = data.users
        .filter((row) => row.database === database.id)
        .map((row) => row.user.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toContain(database.name);
    }
    for (const row of data.users.filter((r) => !r.user.protected && r.user.name !== 'metabase'))
      expect(row.user.name).toMatch(NAME_PATTERN);
  });

  it('stores only users that meet the spec’s DatabaseUser schema', () => {
    const validator = new SchemaValidator(loadSpec('scalingo-db'));
    for (const resource of scalingoDbApi.resources(seed(11, 40)))
      expect(describeErrors(validator.errors(resource.schema, resource.value))).toBe('');
  });
});

function dbmsOf(created: { database_user: { dbms_attributes?: unknown } }) {
  return { dbms_attributes: created.database_user.dbms_attributes };
}
