import { useSession } from 'facsimile/testing';

const facsimile = useSession();
const auth = { authorization: 'Bearer facsimile-demo' };
const users = `${facsimile.urls['scalingo-db']}/api/databases/my-db-123/users`;
beforeEach(() => facsimile.reset());

test('creates a Scalingo database user in this session', async () => {
  const created = await facsimile.fetch(users, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ database_user: { name: 'jest-user', read_only: false } }),
  });
  expect(created.status).toBe(201);
  const listed = await (await facsimile.fetch(users, { headers: auth })).json();
  expect(listed['database-users'].map((user) => user.name)).toContain('jest-user');
});

test('starts again from the seed after reset', async () => {
  const listed = await (await facsimile.fetch(users, { headers: auth })).json();
  expect(listed['database-users'].map((user) => user.name)).not.toContain('jest-user');
});
