import { describe, expect, it } from 'vitest';
import {
  AS_DOCUMENT,
  BASE,
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

const scalr = useScalrStub();
const { api, data } = scalr;

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
    const base = `${scalr.stub.urlOf('scalr')}${BASE}/account-users?filter%5Baccount%5D=${DEMO_ACCOUNT}`;
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
      `${scalr.stub.rootUrlOf('scalr')}${BASE}/account-users?filter%5Baccount%5D=${DEMO_ACCOUNT}&page%5Bnumber%5D=1&page%5Bsize%5D=2`,
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
