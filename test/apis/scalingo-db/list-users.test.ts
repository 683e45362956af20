import { describe, expect, it } from 'vitest';
import { ADDON_ID, DB_ID, USERS, example, useScalingoDbStub } from './setup.ts';

const { api } = useScalingoDbStub();

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
