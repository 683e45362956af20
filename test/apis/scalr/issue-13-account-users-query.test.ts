// Issue 13: listAccountUsers without a filter (the document's own example request), unknown
// account IDs for a limited token, undeclared query parameters, and the exact JSON:API type.
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, JSON_API, MAIN_ACCOUNT, READER, as, ids, useScalrStub } from './setup.ts';

const { api, data } = useScalrStub();

const accountOf = (row: { relationships: { account: { data: { id: string } } } }) =>
  row.relationships.account.data.id;

describe('Scalr listAccountUsers without a filter (issue 13)', () => {
  it('answers 200 with every account-user the demo token sees', async () => {
    const answer = await api('GET', '/account-users?page[size]=100');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(JSON_API);
    const stored = data().accountUsers.map((row) => row.accountUser.id);
    expect(ids(answer)).toEqual(stored);
    expect(answer.body.meta.pagination['total-count']).toBe(stored.length);
    expect(new Set(answer.body.data.map(accountOf))).toEqual(new Set([MAIN_ACCOUNT, DEMO_ACCOUNT]));
  });

  it('answers a token limited to one account only that account’s relations', async () => {
    const answer = await api('GET', '/account-users?page[size]=100', as(READER));
    expect(answer.status).toBe(200);
    const expected = data()
      .accountUsers.filter((row) => row.accountUser.relationships.account.data.id === DEMO_ACCOUNT)
      .map((row) => row.accountUser.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(answer)).toEqual(expected);
  });
});

describe('Scalr unknown account IDs (issue 13)', () => {
  it('the reader token with an unknown filter[account] gets 200 and empty data', async () => {
    const answer = await api('GET', '/account-users?filter[account]=acc-doesnotexist', as(READER));
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual([]);
    expect(answer.body.meta.pagination['total-count']).toBe(0);
  });

  it('an existing account the token may not see stays 404', async () => {
    const answer = await api('GET', `/account-users?filter[account]=${MAIN_ACCOUNT}`, as(READER));
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toBe(JSON_API);
    expect(answer.body.errors[0]).toMatchObject({ status: '404' });
  });
});

describe('Scalr undeclared query parameters (issue 13)', () => {
  it.each([
    ['filter[status]=Active', 'filter'],
    ['foo=bar', 'foo'],
  ])('%s is 422 Invalid Query Parameter', async (query, parameter) => {
    const answer = await api('GET', `/account-users?filter[account]=${DEMO_ACCOUNT}&${query}`);
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toBe(JSON_API);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        status: '422',
        title: 'Invalid Query Parameter',
        source: { parameter },
      }),
    ]);
  });

  it('declared parameters still pass, and are the only ones in links', async () => {
    const answer = await api('GET', `/account-users?filter[account]=${DEMO_ACCOUNT}&sort=email`);
    expect(answer.status).toBe(200);
    expect(answer.body.links.self).not.toMatch(/foo|status/);
  });
});

describe('Scalr Content-Type (issue 13)', () => {
  it.each([
    ['a list', '/users', 200],
    ['an error', '/users/user-doesnotexist', 404],
  ])('%s is exactly application/vnd.api+json', async (_case, path, status) => {
    const answer = await api('GET', path);
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe(JSON_API);
  });
});
