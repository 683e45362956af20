import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BASE, JANE, MAIN_ACCOUNT, TF_ADMIN, example, useScalrStub } from './setup.ts';

const scalr = useScalrStub();
const { api, data } = scalr;

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
    expect(await readFile(scalr.stub.dbFile, 'utf8')).not.toContain('Temp-passw0rd!');
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
