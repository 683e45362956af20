import { describe, expect, it } from 'vitest';
import {
  AS_DOCUMENT,
  DEMO_ACCOUNT,
  JANE,
  MAIN_ACCOUNT,
  READER,
  TF_ADMIN,
  as,
  example,
  ids,
  useScalrStub,
} from './setup.ts';

const { api, data } = useScalrStub();

describe('Scalr users: list and read', () => {
  it('pages through the users, the document’s first (UsersPage)', async () => {
    const answer = await api('GET', '/users?page[size]=2', AS_DOCUMENT);
    const expected = example('UsersPage');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual(expected.data);
    expect(answer.body.included).toBeNull();
    const total = data().users.length;
    expect(answer.body.meta.pagination).toEqual({
      ...expected.meta.pagination,
      'total-pages': Math.ceil(total / 2),
      'total-count': total,
    });
    expect(answer.body.links.next).toBe(expected.links.next);
  });

  it.each([
    ['filter[user]', `filter[user]=${JANE}`, [JANE]],
    ['filter[email] with a raw @', 'filter[email]=tf-admin@scalr.com', [TF_ADMIN]],
    ['filter[email] in another case', 'filter[email]=Jane.Doe%40Example.com', [JANE]],
    ['an unknown email', 'filter[email]=nobody@example.com', []],
    ['a malformed ID', 'filter[user]=%%%', []],
    ['query on the full name', 'query=jane%20d', [JANE]],
    ['access_query on an account', `access_query=${MAIN_ACCOUNT}`, [JANE]],
    ['an unknown identity provider', 'filter[identity-provider]=idp-nope', []],
    ['access_query and query together', `access_query=${DEMO_ACCOUNT}&query=jane`, [JANE]],
    [
      'an email outside the access_query account',
      `filter[email]=tf-admin@scalr.com&access_query=${MAIN_ACCOUNT}`,
      [],
    ],
  ])('filters by %s', async (_case, query, expected) => {
    const answer = await api('GET', `/users?${query}`);
    expect(answer.status).toBe(200);
    expect(ids(answer)).toEqual(expected);
  });

  it('filters by identity provider and sorts, nulls last going up', async () => {
    const all = await api('GET', '/users?filter[identity-provider]=idp-sohkb0o1phrdmr8');
    expect(all.body.meta.pagination['total-count']).toBe(data().users.length);
    const byLogin = await api('GET', '/users?sort=last-login-at');
    const logins = byLogin.body.data.map(
      (u: { attributes: { 'last-login-at': string | null } }) => u.attributes['last-login-at'],
    );
    const dated = logins.filter((value: string | null) => value !== null);
    expect(logins).toEqual([...[...dated].sort(), ...logins.filter((v: unknown) => v === null)]);
  });

  it('side-loads teams and identity providers', async () => {
    const answer = await api('GET', `/users?filter[user]=${JANE}&include=teams,identity-providers`);
    expect(answer.body.included).toEqual([
      {
        type: 'teams',
        id: 'team-tmhlublsnv43mt8',
        attributes: { name: 'owners', description: 'Administrators of mainiacp.' },
      },
      {
        type: 'teams',
        id: 'team-t67mjtnokncjpd8',
        attributes: { name: 'developers', description: null },
      },
      { type: 'identity-providers', id: 'idp-sohkb0o1phrdmr8', attributes: { name: 'Scalr' } },
    ]);
  });

  it('GET /users/{user} answers the document’s user (ActiveUser)', async () => {
    const answer = await api('GET', `/users/${JANE}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(example('ActiveUser'));
    const withTeams = await api('GET', `/users/${JANE}?include=teams`);
    expect(withTeams.body.included.map((r: { id: string }) => r.id)).toEqual([
      'team-tmhlublsnv43mt8',
      'team-t67mjtnokncjpd8',
    ]);
  });

  it('GET /users/{user} answers an unknown ID with 404 (UserNotFoundError)', async () => {
    const answer = await api('GET', '/users/user-doesnotexist');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(example('UserNotFoundError'));
  });

  it.each([
    ['listUsers sort', '/users?sort=name', 'sort'],
    ['listUsers page size', '/users?page[size]=0', 'page[size]'],
    ['getUser include', `/users/${JANE}?include=account`, 'include'],
  ])('answers an invalid %s with 422', async (_case, path, parameter) => {
    const answer = await api('GET', path);
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0]).toMatchObject({
      title: 'Invalid Query Parameter',
      source: { parameter },
    });
  });

  it('hides users outside a limited token’s accounts (404, and not listed)', async () => {
    const created = await api('POST', '/users', { body: example('CreateUserWithPassword') });
    const id = created.body.data.id;
    expect((await api('GET', `/users/${id}`, as(READER))).status).toBe(404);
    const listed = await api('GET', '/users?page[size]=100', as(READER));
    expect(ids(listed)).not.toContain(id);
    expect(ids(listed)).toContain(JANE);
    expect((await api('GET', `/users/${JANE}`, as(READER))).status).toBe(200);
  });
});
