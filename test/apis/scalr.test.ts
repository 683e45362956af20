import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scalrApi } from '../../src/apis/scalr/index.ts';
import { renderScalrError } from '../../src/apis/scalr/errors.ts';
import type { ScalrData } from '../../src/apis/scalr/state.ts';
import { ApiError } from '../../src/core/errors.ts';
import { SchemaValidator, describeErrors } from '../../src/core/schemas.ts';
import { seedApi } from '../../src/core/seeding.ts';
import { loadSpec } from '../../src/core/spec.ts';
import { exampleOf } from '../support/examples.ts';
import { bearer, startTestStub, type CallInit, type TestStub } from '../support/stub.ts';

const JSON_API = 'application/vnd.api+json';
const BASE = '/api/iacp/v3';
const JANE = 'user-suh84u6vuvidtbg';
const TF_ADMIN = 'user-svrcmmpcrkmit1g';
const MAIN_ACCOUNT = 'acc-tmhltms60l40m9o';
const DEMO_ACCOUNT = 'acc-svrcncgh453bi8g';
const READER = 'tk-scalr-demo-account-reader';
const NO_IAM = 'tk-scalr-no-iam-access';
/** What the document's host sees: my.scalr.io over TLS, behind which facsimile sits. */
const AS_DOCUMENT: CallInit = {
  root: true,
  headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'my.scalr.io' },
};

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: [scalrApi] });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset('scalr'));

/** Calls the API with the demo token; bodies go out as JSON:API. */
const api = (method: string, path: string, init: CallInit = {}) =>
  stub.call('scalr', method, `${BASE}${path}`, {
    ...init,
    headers: {
      ...bearer(),
      ...(init.body === undefined ? {} : { 'content-type': JSON_API }),
      ...init.headers,
    },
  });
const as = (token: string): CallInit => ({ headers: bearer(token) });
const example = <T = any>(name: string) => exampleOf<T>('scalr', name); // eslint-disable-line @typescript-eslint/no-explicit-any
const data = () => stub.runtime.data.apis.scalr as ScalrData;
const ids = (answer: { body: { data: { id: string }[] } }) => answer.body.data.map((r) => r.id);

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

describe('Scalr listAccountUsers: the document’s example', () => {
  it('answers the document’s request with its example response, keys in its order', async () => {
    const answer = await api('GET', `/account-users?filter%5Buser%5D=${JANE}&page%5Bsize%5D=3`, {
      ...AS_DOCUMENT,
      headers: { ...AS_DOCUMENT.headers, prefer: 'profile=preview' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/vnd\.api\+json/);
    expect(answer.headers.get('preference-applied')).toBe('profile=preview');
    // The one addition to the document's body: meta.pagination.page-size (go-scalr v2 reads it).
    const expected = example('AccountUsersOfUser');
    expected.meta.pagination['page-size'] = 3;
    expect(answer.body).toEqual(expected);
    expect(answer.text).toBe(JSON.stringify(sortedKeys(expected)));
  });

  it('side-loads the account’s users (AccountUsersOfAccountWithUsers)', async () => {
    const answer = await api(
      'GET',
      `/account-users?filter[account]=${MAIN_ACCOUNT}&include=user`,
      AS_DOCUMENT,
    );
    expect(answer.body).toEqual(example('AccountUsersOfAccountWithUsers'));
  });

  it('answers an unknown ID with 200 and empty data (AccountUsersNoMatch)', async () => {
    const answer = await api('GET', '/account-users?filter[user]=user-doesnotexist', AS_DOCUMENT);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(example('AccountUsersNoMatch'));
    const unknownAccount = await api('GET', '/account-users?filter[account]=acc-nope');
    expect(unknownAccount).toMatchObject({ status: 200, body: { data: [], included: null } });
  });

  it('sends Preference-Applied only when Prefer asked for a profile', async () => {
    const plain = await api('GET', `/account-users?filter[user]=${JANE}`);
    expect(plain.headers.get('preference-applied')).toBeNull();
    const internal = await api('GET', `/account-users?filter[user]=${JANE}`, {
      headers: { prefer: 'respond-async, profile=internal' },
    });
    expect(internal.headers.get('preference-applied')).toBe('profile=internal');
  });
});

describe('Scalr listAccountUsers: filters, sorting, includes and pages', () => {
  const ofDemoAccount = `/account-users?filter[account]=${DEMO_ACCOUNT}`;

  it('reads filter[...] and page[...] whether the brackets are encoded or not', async () => {
    const raw = await api('GET', `${ofDemoAccount}&page[size]=2&page[number]=2`);
    const encoded = await api(
      'GET',
      `/account-users?filter%5Baccount%5D=${DEMO_ACCOUNT}&page%5Bsize%5D=2&page%5Bnumber%5D=2`,
    );
    expect(raw.status).toBe(200);
    expect(ids(encoded)).toEqual(ids(raw));
    expect(raw.body.meta.pagination).toEqual({
      'current-page': 2,
      'page-size': 2,
      'prev-page': 1,
      'next-page': 3,
      'total-pages': 3,
      'total-count': 5,
    });
  });

  it('links every page with the client’s own URL: prefix, host and other parameters kept', async () => {
    const first = await api('GET', `${ofDemoAccount}&sort=email&page[size]=2`);
    const base = `${stub.urlOf('scalr')}${BASE}/account-users?filter%5Baccount%5D=${DEMO_ACCOUNT}`;
    const page = (n: number) => `${base}&page%5Bnumber%5D=${n}&page%5Bsize%5D=2&sort=email`;
    expect(first.body.links).toEqual({
      self: page(1),
      first: page(1),
      last: page(3),
      next: page(2),
      prev: null,
    });
    const last = await api('GET', `${ofDemoAccount}&sort=email&page[size]=2&page[number]=3`);
    expect(last.body.links).toMatchObject({ self: page(3), next: null, prev: page(2) });
    expect(last.body.meta.pagination).toMatchObject({ 'next-page': null, 'prev-page': 2 });
    expect(last.body.data).toHaveLength(1);
    const rooted = await api('GET', `${ofDemoAccount}&page[size]=2`, { root: true });
    expect(rooted.body.links.self).toBe(
      `${stub.rootUrlOf('scalr')}${BASE}/account-users?filter%5Baccount%5D=${DEMO_ACCOUNT}&page%5Bnumber%5D=1&page%5Bsize%5D=2`,
    );
  });

  it('answers a page past the end with empty data and a prev link to the last page', async () => {
    const answer = await api('GET', `${ofDemoAccount}&page[size]=2&page[number]=9`);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual([]);
    expect(answer.body.meta.pagination).toMatchObject({
      'current-page': 9,
      'prev-page': 3,
      'next-page': null,
    });
  });

  it('sorts by a comma list, `-` for descending, on the user’s and the relation’s attributes', async () => {
    const emailOf = (row: { relationships: { user: { data: { id: string } } } }) =>
      data().users.find((u) => u.user.id === row.relationships.user.data.id)!.user.attributes.email;
    const up = await api('GET', `${ofDemoAccount}&sort=email`);
    const emails = up.body.data.map(emailOf);
    expect(emails).toEqual([...emails].sort());
    const down = await api('GET', `${ofDemoAccount}&sort=-email`);
    expect(down.body.data.map(emailOf)).toEqual([...emails].reverse());
    const byStatus = await api('GET', `${ofDemoAccount}&sort=-status,email`);
    const statuses = byStatus.body.data.map(
      (row: { attributes: { status: string } }) => row.attributes.status,
    );
    expect(statuses).toEqual([...statuses].sort().reverse());
  });

  it('side-loads account, teams and user once each, in order of reference', async () => {
    const answer = await api(
      'GET',
      `/account-users?filter[user]=${JANE}&include=user,account,teams`,
    );
    expect(
      answer.body.included.map((r: { type: string; id: string }) => `${r.type}/${r.id}`),
    ).toEqual([
      `users/${JANE}`,
      `accounts/${MAIN_ACCOUNT}`,
      'teams/team-tmhlublsnv43mt8',
      `accounts/${DEMO_ACCOUNT}`,
      'teams/team-t67mjtnokncjpd8',
    ]);
    expect(answer.body.included[0]).toEqual(example('ActiveUser').data);
  });

  it('narrows by query, by both filters, and leaves out global-scope users on request', async () => {
    const jane = await api('GET', `${ofDemoAccount}&query=JANE`);
    expect(ids(jane)).toEqual(['23651ae8-00e6-6c2c-f215-c3c026c9c721']);
    const both = await api('GET', `${ofDemoAccount}&filter[user]=${JANE}`);
    expect(ids(both)).toEqual(['23651ae8-00e6-6c2c-f215-c3c026c9c721']);
    const everyone = await api('GET', ofDemoAccount);
    const local = await api('GET', `${ofDemoAccount}&exclude_global_users=true`);
    const userIds = (answer: typeof local) =>
      answer.body.data.map(
        (row: { relationships: { user: { data: { id: string } } } }) =>
          row.relationships.user.data.id,
      );
    expect(userIds(everyone)).toContain(TF_ADMIN);
    expect(userIds(local)).not.toContain(TF_ADMIN);
    expect(local.body.data).toHaveLength(everyone.body.data.length - 1);
  });

  it('shows a token limited to one account only that account’s relations', async () => {
    const answer = await api('GET', `/account-users?filter[user]=${JANE}`, as(READER));
    expect(ids(answer)).toEqual(['23651ae8-00e6-6c2c-f215-c3c026c9c721']);
  });

  it.each([
    ['neither filter', '', 400, example('FilterRequiredError')],
    [
      'a page size over 100',
      `?filter[user]=${JANE}&page[size]=101`,
      422,
      example('InvalidPageSizeError'),
    ],
  ])('answers %s with the spec’s error example', async (_case, query, status, body) => {
    const answer = await api('GET', `/account-users${query}`);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual(body);
  });

  it.each([
    ['an unknown sort field', 'sort=name', 'sort', "Unknown sort field 'name'; available:"],
    ['an unknown include', 'include=roles', 'include', 'Unknown include path; available:'],
    ['page 0', 'page[number]=0', 'page[number]', 'greater than or equal to 1'],
    ['a page size that is no number', 'page[size]=abc', 'page[size]', 'not a valid integer'],
  ])('answers %s with 422 Invalid Query Parameter', async (_case, query, parameter, detail) => {
    const answer = await api('GET', `/account-users?filter[user]=${JANE}&${query}`);
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors[0]).toMatchObject({
      status: '422',
      title: 'Invalid Query Parameter',
      source: { parameter },
    });
    expect(answer.body.errors[0].detail).toContain(detail);
  });

  it('answers 404 when the token may not see the account', async () => {
    const answer = await api('GET', `/account-users?filter[account]=${MAIN_ACCOUNT}`, as(READER));
    expect(answer).toMatchObject({
      status: 404,
      body: {
        errors: [
          {
            status: '404',
            title: `Account with ID '${MAIN_ACCOUNT}' not found or user unauthorized.`,
          },
        ],
      },
    });
  });
});

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

describe('Scalr createUser', () => {
  it('creates a Pending user (CreatedUser) without echoing the password', async () => {
    const answer = await api('POST', '/users', { body: example('CreateUserWithPassword') });
    expect(answer.status).toBe(201);
    const { id, attributes } = answer.body.data;
    expect(id).toMatch(/^user-[a-z0-9]{15}$/);
    expect(Date.now() - Date.parse(attributes['created-at'])).toBeLessThan(60_000);
    const expected = example('CreatedUser');
    expect(answer.body).toEqual({
      data: {
        ...expected.data,
        id,
        attributes: { ...expected.data.attributes, 'created-at': attributes['created-at'] },
        links: { self: `${BASE}/users/${id}` },
      },
    });
    expect(answer.text).not.toContain('Temp-passw0rd!');
    expect(await readFile(stub.dbFile, 'utf8')).not.toContain('Temp-passw0rd!');
    const read = await api('GET', `/users/${id}`);
    expect(read.body).toEqual(answer.body);
  });

  it('accepts go-scalr v1’s single identity-provider relationship', async () => {
    const answer = await api('POST', '/users', { body: example('CreateUserGoScalrV1') });
    expect(answer.status).toBe(201);
    expect(answer.body.data.attributes).toMatchObject({
      email: 'i.kovalkovskyi6@scalr.com',
      status: 'Active',
      username: 'i.kovalkovskyi6@scalr.com',
      'full-name': null,
    });
    expect(answer.body.data.relationships['identity-providers'].data).toEqual([
      { type: 'identity-providers', id: 'idp-sohkb0o1phrdmr8' },
    ]);
  });

  const body = (attributes: object, relationships?: object) => ({
    data: { type: 'users', attributes, ...(relationships ? { relationships } : {}) },
  });

  it.each([
    ['an invalid email', body({ email: 'nope' }), 'InvalidEmailError'],
    ['an email another user has', body({ email: 'jane.doe@example.com' }), 'EmailTakenError'],
    [
      'a weak password',
      body({ email: 'weak@example.com', password: 'short' }),
      'WeakPasswordError',
    ],
  ])('answers %s with 422 (the spec’s example)', async (_case, request, name) => {
    const answer = await api('POST', '/users', { body: request });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example(name));
  });

  it('answers an unknown identity provider with 404 pointing at it', async () => {
    const answer = await api('POST', '/users', {
      body: body(
        { email: 'idp@example.com' },
        {
          'identity-providers': { data: [{ type: 'identity-providers', id: 'idp-doesnotexist' }] },
        },
      ),
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(example('IdentityProviderNotFoundError'));
  });

  it('lists every body problem with its pointer', async () => {
    const answer = await api('POST', '/users', {
      body: { data: { type: 'user', attributes: { status: 'Gone' } } },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([
      {
        status: '422',
        title: 'Invalid Attribute',
        detail: "value is not a valid enumeration member; permitted: 'users'",
        source: { pointer: '/data/type' },
      },
      {
        status: '422',
        title: 'Invalid Attribute',
        detail: 'field required',
        source: { pointer: '/data/attributes/email' },
      },
      {
        status: '422',
        title: 'Invalid Attribute',
        detail:
          "value is not a valid enumeration member; permitted: 'Active', 'Inactive', 'Pending'",
        source: { pointer: '/data/attributes/status' },
      },
    ]);
  });
});

describe('Scalr updateUser and deleteUser', () => {
  it('PATCH changes full-name and status (UpdatedUser), and the change is kept', async () => {
    const answer = await api('PATCH', `/users/${JANE}`, {
      body: example('UpdateUserNameAndStatus'),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(example('UpdatedUser'));
    expect((await api('GET', `/users/${JANE}`)).body).toEqual(example('UpdatedUser'));
  });

  it('ignores read-only attributes and accepts a body without id (go-scalr v1)', async () => {
    const answer = await api('PATCH', `/users/${JANE}`, {
      body: {
        data: {
          type: 'users',
          attributes: { email: 'other@example.com', 'full-name': null, username: 'x' },
        },
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data.attributes).toMatchObject({
      email: 'jane.doe@example.com',
      username: 'jane.doe@example.com',
      'full-name': null,
    });
  });

  it.each([
    ['an id that is not the path’s', { type: 'users', id: TF_ADMIN }, '/data/id'],
    ['a wrong type', { type: 'accounts' }, '/data/type'],
    [
      'an unknown status',
      { type: 'users', attributes: { status: 'Gone' } },
      '/data/attributes/status',
    ],
  ])('answers %s with 422 and a pointer', async (_case, request, pointer) => {
    const answer = await api('PATCH', `/users/${JANE}`, { body: { data: request } });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ status: '422', title: 'Invalid Attribute', source: { pointer } }),
    ]);
  });

  it('answers 404 for an unknown user on PATCH and DELETE', async () => {
    const patched = await api('PATCH', '/users/user-doesnotexist', {
      body: { data: { type: 'users' } },
    });
    expect(patched.body).toEqual(example('UserNotFoundError'));
    const deleted = await api('DELETE', '/users/user-doesnotexist');
    expect(deleted).toMatchObject({ status: 404, body: example('UserNotFoundError') });
  });

  it('DELETE removes the user and its account-user relations', async () => {
    const deleted = await api('DELETE', `/users/${JANE}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await api('GET', `/users/${JANE}`)).status).toBe(404);
    const relations = await api('GET', `/account-users?filter[user]=${JANE}`);
    expect(relations.body.data).toEqual([]);
    const main = await api('GET', `/account-users?filter[account]=${MAIN_ACCOUNT}`);
    expect(main.body.meta.pagination['total-count']).toBe(0);
    expect(
      data().accountUsers.some((row) => row.accountUser.relationships.user.data.id === JANE),
    ).toBe(false);
  });
});

describe('Scalr inviteUserToAccount', () => {
  const invite = (account: string, body: unknown, init: CallInit = {}) =>
    api('POST', `/accounts/${account}/actions/invite`, { ...init, body });

  it('creates a Pending user and account-user for a new email (InvitedAccountUser)', async () => {
    const answer = await invite(DEMO_ACCOUNT, example('InviteUserToTeamsAndRoles'));
    expect(answer.status).toBe(201);
    const { id, relationships } = answer.body.data;
    const userId = relationships.user.data.id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(userId).toMatch(/^user-[a-z0-9]{15}$/);
    const expected = example('InvitedAccountUser');
    expect(answer.body).toEqual({
      data: {
        ...expected.data,
        id,
        relationships: {
          ...expected.data.relationships,
          user: { data: { type: 'users', id: userId } },
        },
      },
    });
    const user = await api('GET', `/users/${userId}`);
    expect(user.body.data.attributes).toMatchObject({
      email: 'test_user@scalr.com',
      username: 'test_user@scalr.com',
      status: 'Pending',
      'last-login-at': null,
    });
    expect(user.body.data.relationships.teams.data).toEqual([
      { type: 'teams', id: 'team-t67mjtnokncjpd8' },
    ]);
    const listed = await api('GET', `/account-users?filter[user]=${userId}`);
    expect(ids(listed)).toEqual([id]);
  });

  it('adds an existing user to a new account, and re-inviting answers the same relation', async () => {
    const body = {
      data: {
        type: 'users',
        attributes: { email: 'TF-Admin@scalr.com' },
        relationships: { teams: { data: [{ type: 'teams', id: 'team-tmhlublsnv43mt8' }] } },
      },
    };
    const first = await invite(MAIN_ACCOUNT, body, { headers: {} });
    expect(first.status).toBe(201);
    expect(first.body.data.relationships.user.data.id).toBe(TF_ADMIN);
    const again = await invite(MAIN_ACCOUNT, body);
    expect(again.status).toBe(201);
    expect(again.body.data).toEqual(first.body.data);
    const user = await api('GET', `/users/${TF_ADMIN}`);
    expect(user.body.data.relationships.teams.data).toEqual([
      { type: 'teams', id: 'team-tmhlublsnv43mt8' },
    ]);
    const listed = await api('GET', `/account-users?filter[account]=${MAIN_ACCOUNT}`);
    expect(listed.body.meta.pagination['total-count']).toBe(2);
  });

  it('merges the teams of a re-invite and side-loads what include asks for', async () => {
    const answer = await invite(
      DEMO_ACCOUNT,
      {
        data: {
          type: 'users',
          attributes: { email: 'jane.doe@example.com' },
          relationships: { teams: { data: [{ type: 'teams', id: 'team-t67mjtnokncjpd8' }] } },
        },
      },
      { headers: {} },
    );
    expect(answer.status).toBe(201);
    expect(answer.body.data.id).toBe('23651ae8-00e6-6c2c-f215-c3c026c9c721');
    expect(answer.body.data.relationships.teams.data).toHaveLength(1);
    const included = await api(
      'POST',
      `/accounts/${DEMO_ACCOUNT}/actions/invite?include=account,user`,
      { body: { data: { type: 'users', attributes: { email: 'jane.doe@example.com' } } } },
    );
    expect(included.body.included.map((r: { id: string }) => r.id)).toEqual([DEMO_ACCOUNT, JANE]);
  });

  it('answers a team of another account with 422 (InvalidTeamError)', async () => {
    const answer = await invite(MAIN_ACCOUNT, example('InviteUserToTeamsAndRoles'));
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example('InvalidTeamError'));
  });

  it('answers an unknown role with 422 at its pointer', async () => {
    const answer = await invite(DEMO_ACCOUNT, {
      data: {
        type: 'users',
        attributes: { email: 'role@example.com' },
        relationships: { roles: { data: [{ type: 'roles', id: 'role-nope' }] } },
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0]).toMatchObject({
      title: 'Invalid Relationship',
      source: { pointer: '/data/relationships/roles/data/0' },
    });
  });

  it('answers an invalid email with 422 and an unknown account with 404', async () => {
    const invalid = await invite(DEMO_ACCOUNT, {
      data: { type: 'users', attributes: { email: 'nope' } },
    });
    expect(invalid.body).toEqual(example('InvalidEmailError'));
    const unknown = await invite('acc-doesnotexist', example('InviteUserToTeamsAndRoles'));
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(example('AccountNotFoundError'));
  });
});

describe('Scalr: credentials and permissions on every operation', () => {
  const createBody = { data: { type: 'users', attributes: { email: 'perm@example.com' } } };
  const operations: [string, string, string, unknown?][] = [
    ['listAccountUsers', 'GET', `/account-users?filter[user]=${JANE}`],
    ['inviteUserToAccount', 'POST', `/accounts/${DEMO_ACCOUNT}/actions/invite`, createBody],
    ['listUsers', 'GET', '/users'],
    ['createUser', 'POST', '/users', createBody],
    ['getUser', 'GET', `/users/${JANE}`],
    ['updateUser', 'PATCH', `/users/${JANE}`, { data: { type: 'users' } }],
    ['deleteUser', 'DELETE', `/users/${JANE}`],
  ];

  it.each(operations)('%s answers 401 without a valid token', async (_op, method, path, body) => {
    for (const authorization of [undefined, 'Bearer nope', 'Basic ZmFjc2ltaWxlLWRlbW8=']) {
      const answer = await stub.call('scalr', method, `${BASE}${path}`, {
        headers: {
          ...(authorization ? { authorization } : {}),
          ...(body ? { 'content-type': JSON_API } : {}),
        },
        body,
      });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(example('InvalidTokenError'));
    }
  });

  it.each(operations)(
    '%s answers 403 to a token without IAM permissions',
    async (_op, method, path, body) => {
      const answer = await api(method, path, { ...as(NO_IAM), body });
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual(example('ForbiddenError'));
    },
  );

  it.each(operations.filter(([, method]) => method !== 'GET'))(
    '%s answers 403 to a read-only token',
    async (_op, method, path, body) => {
      const answer = await api(method, path, { ...as(READER), body });
      expect(answer.status).toBe(403);
    },
  );
});

describe('Scalr: malformed requests get JSON:API errors, never a 500', () => {
  it.each([
    ['POST', '/users'],
    ['PATCH', `/users/${JANE}`],
    ['POST', `/accounts/${DEMO_ACCOUNT}/actions/invite`],
  ])(
    '%s %s answers malformed JSON with 400 and a wrong content type with 415',
    async (method, path) => {
      const malformed = await api(method, path, { body: '{"data":', raw: true });
      expect(malformed.status).toBe(400);
      expect(malformed.body).toEqual(example('MalformedJsonError'));
      const wrongType = await api(method, path, {
        body: 'email=x',
        raw: true,
        headers: { 'content-type': 'text/plain' },
      });
      expect(wrongType.status).toBe(415);
      expect(wrongType.body).toEqual(example('UnsupportedMediaTypeError'));
      const plainJson = await api(method, path, {
        body: { data: { type: 'users', attributes: { email: 'json@example.com' } } },
        headers: { 'content-type': 'application/json' },
      });
      expect(plainJson.status).toBe(415);
    },
  );

  it.each([
    ['an array body', [], ''],
    ['null data', { data: null }, '/data'],
    [
      'a numeric email',
      { data: { type: 'users', attributes: { email: 42 } } },
      '/data/attributes/email',
    ],
    [
      'a relationship that is no list',
      {
        data: {
          type: 'users',
          attributes: { email: 'a@example.com' },
          relationships: { 'identity-providers': { data: 'idp-sohkb0o1phrdmr8' } },
        },
      },
      '/data/relationships/identity-providers/data',
    ],
  ])('answers %s with 422 at its pointer', async (_case, request, pointer) => {
    const answer = await api('POST', '/users', { body: request });
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0].source).toEqual({ pointer });
  });

  it('answers a body over 1 MB with 413', async () => {
    const answer = await api('POST', '/users', {
      body: {
        data: {
          type: 'users',
          attributes: { email: 'big@example.com', pad: 'x'.repeat(1_100_000) },
        },
      },
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual(example('PayloadTooLargeError'));
  });

  it('answers an unknown path with 404 and a wrong method with 405 and Allow', async () => {
    const unknown = await api('GET', '/teams');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0]).toMatchObject({ status: '404', title: 'Not Found' });
    const wrongMethod = await api('PUT', `/users/${JANE}`, { body: { data: { type: 'users' } } });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('DELETE, PATCH, GET');
    expect(wrongMethod.body.errors[0]).toEqual({
      status: '405',
      title: 'Method Not Allowed',
      detail: 'PUT is not allowed here; allowed methods: DELETE, PATCH, GET.',
    });
    expect(wrongMethod.headers.get('content-type')).toMatch(/^application\/vnd\.api\+json/);
  });

  it('renders an internal error as the spec’s 500 example, without internals', () => {
    const rendered = renderScalrError(
      new ApiError({ kind: 'internal', message: 'boom at x.ts:1' }),
    );
    expect(rendered).toEqual({ status: 500, body: example('InternalServerError') });
  });
});

describe('Scalr seed', () => {
  const seed = (seedNumber: number, users: number) =>
    seedApi(scalrApi, { seed: seedNumber, users }) as ScalrData;

  it('is byte-identical for one seed, different for another, and per-index stable', () => {
    expect(JSON.stringify(seed(7, 5))).toBe(JSON.stringify(seed(7, 5)));
    expect(JSON.stringify(seed(7, 5))).not.toBe(JSON.stringify(seed(8, 5)));
    expect(seed(3, 6).users.slice(0, 4)).toEqual(seed(3, 2).users);
  });

  it('stores only resources that meet their spec schema', () => {
    const validator = new SchemaValidator(loadSpec('scalr'));
    for (const resource of scalrApi.resources(seed(11, 40))) {
      expect(describeErrors(validator.errors(resource.schema, resource.value))).toBe('');
    }
  });
});
