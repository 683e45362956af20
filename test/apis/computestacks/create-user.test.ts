import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { bearer } from '../../support/stub.ts';
import { DEMO_BASIC, basic, createBody, example, useComputeStacksStub } from './setup.ts';

const computestacks = useComputeStacksStub();
const { api, data, currentUser } = computestacks;

describe('POST /api/users (createUser)', () => {
  const apiCredential = {
    username: expect.stringMatching(/^[0-9a-f]{12}$/),
    password: expect.stringMatching(/^[\w-]{20}$/),
  };

  it('creates the cpanel example user (controller placement), shaped as the example', async () => {
    const answer = await api('POST', '/api/users', { body: example('CreateUserCpanel') });
    expect(answer.status).toBe(201);
    const expected = example<{ user: Record<string, unknown> }>('CreatedUserCpanel').user;
    expect(answer.body).toEqual({
      user: { ...expected, id: 5, api: apiCredential },
    });
  });

  it('gives the new user API credentials that work with Basic, and stores no password', async () => {
    const created = await api('POST', '/api/users', { body: example('CreateUserCpanel') });
    const { username, password } = created.body.user.api;
    const user = await currentUser(basic(username, password));
    expect(user).toMatchObject({
      id: created.body.user.id,
      fname: 'Jane',
      lname: 'Smith',
      email: 'jane.smith@example.com',
      country: 'NL',
      company_name: 'Smith Hosting',
      locale: 'en',
      currency: { code: 'USD', symbol: '$' },
      billing_plan: example<{ user: { billing_plan: unknown } }>('DocUser').user.billing_plan,
      services: { projects: 0, containers: 0, container_images: 0 },
      unprocessed_usage: 0,
    });
    expect(user.quota.containers).toEqual({
      current: 0,
      quota: 250,
      is_over: false,
      available: 250,
    });
    expect(JSON.stringify(computestacks.stub.runtime.dataOf('computestacks'))).not.toContain(
      password,
    );
    expect(await readFile(computestacks.stub.dbFile, 'utf8')).not.toContain(password);
  });

  it('generates an email and uses the default currency (generated email example)', async () => {
    const answer = await api('POST', '/api/users', { body: example('CreateUserWithoutEmail') });
    expect(answer.status).toBe(201);
    const expected = example<{ user: Record<string, unknown> }>('CreatedUserGeneratedEmail').user;
    expect(answer.body.user).toEqual({
      ...expected,
      id: 5,
      email: expect.stringMatching(/^ada_[0-9a-f]{12}@portal\.example\.com$/),
      api: apiCredential,
    });
  });

  it('reads the provider settings inside user too (document placement)', async () => {
    const answer = await api('POST', '/api/users', {
      body: example('CreateUserDocumentPlacement'),
    });
    expect(answer.status).toBe(201);
    expect(answer.body.user).toMatchObject({
      email: 'jane.smith@example.com',
      currency: 'EUR',
      labels: { cpanel: { 'server1.example.com': 'jsmith' } },
    });
  });

  it('numbers new users after the highest id', async () => {
    const ids = [];
    for (const fname of ['One', 'Two']) {
      const answer = await api('POST', '/api/users', { body: createBody({ fname, lname: 'X' }) });
      ids.push(answer.body.user.id);
    }
    expect(ids).toEqual([5, 6]);
  });

  it('generates an email when the given one is taken', async () => {
    const answer = await api('POST', '/api/users', {
      body: createBody({ fname: 'Jane', lname: 'Smith', email: 'John@Example.com' }),
    });
    expect(answer.status).toBe(201);
    expect(answer.body.user.email).toMatch(/^jsmith_[0-9a-f]{12}@portal\.example\.com$/);
  });

  it.each([
    ['an unknown locale', { locale: 'xx' }, 'en'],
    ['a blank locale', { locale: '' }, 'en'],
    ['an offered locale', { locale: 'de' }, 'de'],
  ])('keeps %s as the controller does', async (_case, attributes, locale) => {
    const created = await api('POST', '/api/users', {
      body: createBody({ fname: 'Jane', lname: 'Smith', ...attributes }),
    });
    const { username, password } = created.body.user.api;
    expect((await currentUser(basic(username, password))).locale).toBe(locale);
  });

  it.each([
    ['a lowercase currency', 'gbp', 'GBP'],
    ['a blank currency', '', 'EUR'],
  ])('answers %s upcased or defaulted', async (_case, currency, code) => {
    const answer = await api('POST', '/api/users', {
      body: createBody({ fname: 'Jane', lname: 'Smith', currency }),
    });
    expect(answer.body.user.currency).toBe(code);
  });

  it('labels the user with the provider, merged with labels and merge_labels', async () => {
    const answer = await api('POST', '/api/users', {
      body: {
        ...createBody({ fname: 'Jane', lname: 'Smith', merge_labels: { kind: 'user' } }),
        provider: 'WHM',
        labels: { team: 'blue' },
      },
    });
    expect(answer.body.user.labels).toEqual({
      team: 'blue',
      whm: { 'server1.example.com': 'jsmith' },
      kind: 'user',
    });
  });

  it.each([
    ['a register token without a user', bearer('cs-register-only')],
    ['API credentials (Basic, no scope check)', basic(DEMO_BASIC.username, DEMO_BASIC.password)],
  ])('accepts %s', async (_case, headers) => {
    const answer = await api('POST', '/api/users', {
      headers,
      body: createBody({ fname: 'Jane', lname: 'Smith' }),
    });
    expect(answer.status).toBe(201);
  });

  it.each([
    ['no provider settings', createBody({ fname: 'Jane', lname: 'Smith' }, false)],
    [
      'only provider_server',
      { user: { fname: 'Jane', lname: 'Smith' }, provider_server: 'server1.example.com' },
    ],
    [
      'a blank provider_username',
      { ...createBody({ fname: 'Jane', lname: 'Smith' }), provider_username: '' },
    ],
    [
      'a whitespace provider_server',
      { ...createBody({ fname: 'Jane', lname: 'Smith' }), provider_server: '  ' },
    ],
    [
      'half of each placement',
      { user: { fname: 'J', lname: 'S', provider_username: 'j' }, provider_server: 's' },
    ],
    ['provider settings and a bad name', createBody({ fname: '', lname: 'Smith' }, false)],
  ])('answers %s with 422 missing provider settings', async (_case, body) => {
    const answer = await api('POST', '/api/users', { body });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example('MissingProviderSettings'));
  });

  it.each([
    ['blank names (rejected user example)', { fname: '', lname: '' }, example('CreateUserInvalid')],
    ['missing names', {}, example('CreateUserInvalid')],
    [
      'a whitespace first name',
      { fname: ' ', lname: 'Smith' },
      { errors: ["Fname can't be blank"] },
    ],
    [
      'an invalid email',
      { fname: 'J', lname: 'S', email: 'nope' },
      { errors: ['Email is invalid'] },
    ],
    [
      'an unknown currency',
      { fname: 'J', lname: 'S', currency: 'XYZ' },
      { errors: ['Currency Unknown currency.'] },
    ],
  ])('answers %s with 422 and full messages', async (_case, user, expected) => {
    const body = { ...createBody({}), user };
    const answer = await api('POST', '/api/users', { body });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(expected);
    expect(data().accounts).toHaveLength(4);
  });

  it('answers 422 for a generated email that cannot be valid', async () => {
    const answer = await api('POST', '/api/users', {
      body: { ...createBody({ fname: 'J', lname: 'S' }), provider_username: 'j smith' },
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ errors: ['Email is invalid'] });
  });

  it('answers a body without user with Rails’ 400 (ParameterMissing, issue 23)', async () => {
    const answer = await api('POST', '/api/users', {
      body: { provider_server: 'server1.example.com', provider_username: 'jsmith' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(example('MissingUserParameter'));
  });
});
