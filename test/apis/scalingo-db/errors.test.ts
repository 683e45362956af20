import { describe, expect, it } from 'vitest';
import { USERS, example, newUser, operations, useScalingoDbStub } from './setup.ts';

const { api } = useScalingoDbStub();

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
    ['PUT', `${USERS}/metabase`, 'DELETE, POST, PATCH'],
    ['GET', `${USERS}/metabase`, 'DELETE, POST, PATCH'],
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
