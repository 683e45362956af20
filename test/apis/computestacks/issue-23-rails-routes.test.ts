// Issue 23: the routes Rails draws for the users controller (config/routes/api/user.rb):
// every path takes the optional `.json` format, and `resources :users` reaches show and
// update through /api/users/:id, which act on the caller whatever the id.
import { describe, expect, it } from 'vitest';
import { docUser, USERS, useComputeStacksStub } from './setup.ts';

const { api, currentUser } = useComputeStacksStub();

describe('ComputeStacks Rails routes (issue 23)', () => {
  it.each([`${USERS}.json`, `${USERS}/1`, `${USERS}/1.json`, `${USERS}/42`])(
    'GET %s answers the caller as GET /api/users does',
    async (path) => {
      const answer = await api('GET', path);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(docUser());
    },
  );

  it.each([
    ['PATCH', `${USERS}.json`],
    ['PATCH', `${USERS}/1`],
    ['PUT', `${USERS}/1`],
    ['PUT', `${USERS}/7.json`],
  ])('%s %s updates the caller', async (method, path) => {
    const answer = await api(method, path, { body: { user: { city: 'Lyon' } } });
    expect(answer).toMatchObject({ status: 200, body: {} });
    expect((await currentUser()).city).toBe('Lyon');
  });

  it('the id route keeps the update’s 400 for a model failure', async () => {
    const answer = await api('PUT', `${USERS}/1`, { body: { user: { email: 'nope' } } });
    expect(answer).toMatchObject({ status: 400, body: { errors: ['Email is invalid'] } });
  });

  it.each([
    ['GET', `${USERS}/new`],
    ['GET', `${USERS}/1/edit`],
    ['DELETE', `${USERS}/1`],
    ['GET', `${USERS}.xml.json`],
  ])('%s %s (no action) is the unknown-call 404', async (method, path) => {
    const answer = await api(method, path);
    expect(answer.status).toBe(404);
  });
});

describe('ComputeStacks HEAD (issue 23)', () => {
  it.each([USERS, `${USERS}.json`, `${USERS}/1`])('HEAD %s is GET without a body', async (path) => {
    const get = await api('GET', path);
    const head = await api('HEAD', path);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
  });
});
