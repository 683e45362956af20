import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { computestacksApi } from '../../src/apis/computestacks/index.ts';
import type { ComputeStacksData } from '../../src/apis/computestacks/state.ts';
import { SchemaValidator, describeErrors } from '../../src/core/schemas.ts';
import { seedApi } from '../../src/core/seeding.ts';
import { startStub } from '../../src/core/server.ts';
import { loadSpec } from '../../src/core/spec.ts';
import { bearer, startTestStub, type Answer, type TestStub } from '../support/stub.ts';
import { exampleOf } from '../support/examples.ts';

const DEMO_BASIC = { username: 'john-doe-api', password: 'facsimile-demo-password' };
const CHALLENGE = (description: string) =>
  `Bearer realm="ComputeStacks", error="invalid_token", error_description="${description}"`;
const basic = (username: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
});
const example = <T = Record<string, unknown>>(name: string) => exampleOf<T>('computestacks', name);

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: [computestacksApi] });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset('computestacks'));

type CallInit = Parameters<TestStub['call']>[3];
const api = (method: string, path: string, init: CallInit = {}) =>
  stub.call('computestacks', method, path, {
    ...init,
    headers: { ...bearer(), ...init.headers },
  });
const data = () => stub.runtime.data.apis.computestacks as ComputeStacksData;
const currentUser = async (headers: Record<string, string> = bearer()) =>
  (await api('GET', '/api/users', { headers })).body.user;

const createBody = (user: Record<string, unknown>, settings = true) => ({
  user,
  ...(settings ? { provider_server: 'server1.example.com', provider_username: 'jsmith' } : {}),
});

/** Doorkeeper's answers carry no body at all, not even `{}`. */
function expectEmpty(answer: Answer, status: number) {
  expect(answer.status).toBe(status);
  expect(answer.text).toBe('');
  expect(answer.headers.get('content-type')).toBeNull();
}

describe('GET /api/users (getUser)', () => {
  it('answers the token’s user: the document’s John Doe for facsimile-demo', async () => {
    const answer = await api('GET', '/api/users');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body).toEqual(example('DocUser'));
  });

  it.each([
    ['a profile_read token', bearer('cs-read-only')],
    ['API credentials (Basic, no scope check)', basic(DEMO_BASIC.username, DEMO_BASIC.password)],
  ])('answers John Doe to %s', async (_case, headers) => {
    const answer = await api('GET', '/api/users', { headers });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(example('DocUser'));
  });

  it('answers each demo user to its own token', async () => {
    const tokens = data().tokens.filter((token) => token.userId !== null && token.userId > 1);
    expect(tokens).toHaveLength(3);
    for (const token of tokens) {
      const user = await currentUser(bearer(token.token));
      expect(user.id).toBe(token.userId);
      expect(user.email).toMatch(/@example\.com$/);
    }
  });
});

describe('credentials and scopes', () => {
  const operations: [string, CallInit][] = [
    ['GET', {}],
    ['PATCH', { body: { user: { city: 'Portland' } } }],
    ['POST', { body: createBody({ fname: 'Jane', lname: 'Smith' }) }],
  ];

  it.each([
    ['no Authorization', {}, 'The access token is invalid'],
    ['an unknown token', bearer('nope'), 'The access token is invalid'],
    ['an empty Bearer', { authorization: 'Bearer ' }, 'The access token is invalid'],
    ['an expired token', bearer('cs-expired'), 'The access token expired'],
    ['a revoked token', bearer('cs-revoked'), 'The access token was revoked'],
  ])('answers %s with 401, an empty body and WWW-Authenticate', async (_case, headers, why) => {
    for (const [method, init] of operations) {
      const answer = await stub.call('computestacks', method, '/api/users', { ...init, headers });
      expectEmpty(answer, 401);
      expect(answer.headers.get('www-authenticate')).toBe(CHALLENGE(why));
    }
  });

  it.each([
    ['an unknown username', basic('nobody', 'secret')],
    ['a wrong password', basic(DEMO_BASIC.username, 'wrong')],
    ['an undecodable credential', { authorization: 'Basic !!!' }],
  ])('answers Basic with %s 401 {"errors":["Not Authorized"]}', async (_case, headers) => {
    for (const [method, init] of operations) {
      const answer = await stub.call('computestacks', method, '/api/users', { ...init, headers });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(example('NotAuthorized'));
      expect(answer.headers.get('www-authenticate')).toBeNull();
    }
  });

  it.each([
    ['GET', 'cs-update-only', {}],
    ['GET', 'cs-public-only', {}],
    ['GET', 'cs-register-only', {}],
    ['PATCH', 'cs-read-only', { body: { user: { city: 'Portland' } } }],
    ['PATCH', 'cs-register-only', { body: { user: { city: 'Portland' } } }],
    ['POST', 'cs-read-only', { body: createBody({ fname: 'Jane', lname: 'Smith' }) }],
    ['POST', 'cs-update-only', { body: createBody({ fname: 'Jane', lname: 'Smith' }) }],
  ])('answers %s with %s (scope missing) 403 and an empty body', async (method, token, init) => {
    const answer = await api(method, '/api/users', { ...init, headers: bearer(token) });
    expectEmpty(answer, 403);
    expect(answer.headers.get('www-authenticate')).toBeNull();
  });

  it('changes nothing when the scope is missing', async () => {
    await api('PATCH', '/api/users', {
      headers: bearer('cs-read-only'),
      body: { user: { city: 'Portland' } },
    });
    expect((await currentUser()).city).toBeNull();
  });
});

describe('PATCH /api/users (updateUser)', () => {
  it('answers 200 {} to the contact details example, and GET shows the change', async () => {
    const before = await currentUser();
    const body = example<{ user: Record<string, unknown> }>('UpdateUserContactDetails');
    const answer = await api('PATCH', '/api/users', { body });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(example('UserUpdated'));
    const after = await currentUser();
    const { currency, ...changed } = body.user;
    expect(after).toMatchObject(changed);
    expect(after.currency).toEqual({ code: currency, symbol: '$' });
    expect(after.created_at).toBe(before.created_at);
    expect(Date.parse(after.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
  });

  it('changes the email and external id and merges labels (merge labels example)', async () => {
    const answer = await api('PATCH', '/api/users', { body: example('UpdateUserMergeLabels') });
    expect(answer.status).toBe(200);
    expect((await currentUser()).email).toBe('john.doe@example.com');
    const stored = data().accounts.find((account) => account.user.id === 1)!;
    expect(stored.externalId).toBe('cus_1042');
    expect(stored.labels).toEqual({ billing: { whmcs: '1042' } });
    await api('PATCH', '/api/users', { body: { user: { merge_labels: { kind: 'user' } } } });
    expect(data().accounts[0]!.labels).toEqual({ billing: { whmcs: '1042' }, kind: 'user' });
  });

  it('clears optional fields with null, upcases the currency, and keeps unknown keys out', async () => {
    await api('PATCH', '/api/users', { body: { user: { city: 'Portland', phone: '+1 555' } } });
    const answer = await api('PATCH', '/api/users', {
      body: { user: { city: null, currency: 'eur', is_admin: true }, extra: 1 },
    });
    expect(answer.status).toBe(200);
    const user = await currentUser();
    expect(user).toMatchObject({ city: null, phone: '+1 555', currency: { code: 'EUR' } });
    expect(user.currency.symbol).toBe('€');
    expect(user).not.toHaveProperty('is_admin');
  });

  it('leaves updated_at alone when nothing changes', async () => {
    const before = await currentUser();
    await api('PATCH', '/api/users', { body: { user: { fname: before.fname } } });
    expect((await currentUser()).updated_at).toBe(before.updated_at);
  });

  it('accepts API credentials (Basic) without a scope check', async () => {
    const answer = await api('PATCH', '/api/users', {
      headers: basic(DEMO_BASIC.username, DEMO_BASIC.password),
      body: { user: { company_name: 'Example Inc.' } },
    });
    expect(answer.status).toBe(200);
    expect((await currentUser()).company_name).toBe('Example Inc.');
  });

  it('writes the change to disk before it answers', async () => {
    await api('PATCH', '/api/users', { body: { user: { city: 'Persisted City' } } });
    expect(await readFile(stub.dbFile, 'utf8')).toContain('Persisted City');
  });

  it('answers the rejected update example with 400 and its full messages', async () => {
    const answer = await api('PATCH', '/api/users', {
      body: { user: { email: 'nope', country: 'USA' } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(example('UpdateUserInvalid'));
  });

  it.each([
    ['a blank first name', { fname: '' }, ["Fname can't be blank"]],
    ['a whitespace last name', { lname: '   ' }, ["Lname can't be blank"]],
    ['an email without @', { email: 'john.example.com' }, ['Email is invalid']],
    ['a lowercase country', { country: 'us' }, ['Country is invalid']],
    [
      'a long country',
      { country: 'USA' },
      ['Country is the wrong length (should be 2 characters)'],
    ],
    ['an unknown currency', { currency: 'XYZ' }, ['Currency Unknown currency.']],
    ['a currency that is no code', { currency: 'dollars' }, ['Currency Unknown currency.']],
    ['a non-boolean c_sftp_pass', { c_sftp_pass: 'yes' }, ['C sftp pass is invalid']],
    ['a number as city', { city: 42 }, ['City is invalid']],
    [
      'several problems',
      { currency: 'dollars', fname: '', email: 'bad' },
      ["Fname can't be blank", 'Email is invalid', 'Currency Unknown currency.'],
    ],
  ])('answers %s with 400 {"errors": [full messages]}', async (_case, user, errors) => {
    const answer = await api('PATCH', '/api/users', { body: { user } });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors });
    expect(await currentUser()).toEqual(example<{ user: unknown }>('DocUser').user);
  });

  it('refuses an email another user holds (in any case) with 400', async () => {
    const other = data().accounts[1]!.user.email;
    const answer = await api('PATCH', '/api/users', {
      body: { user: { email: other.toUpperCase() } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: ['Email has already been taken'] });
    const own = await api('PATCH', '/api/users', { body: { user: { email: 'JOHN@example.com' } } });
    expect(own.status).toBe(200);
  });

  it.each([
    ['a body without user', {}],
    ['an empty user', { user: {} }],
    ['a user that is a string', { user: 'john' }],
    ['an array', []],
  ])('answers %s with 422 Bad Request', async (_case, body) => {
    const answer = await api('PATCH', '/api/users', { body });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example('BadRequest'));
  });
});

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
    expect(JSON.stringify(stub.runtime.data.apis.computestacks)).not.toContain(password);
    expect(await readFile(stub.dbFile, 'utf8')).not.toContain(password);
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
    [
      'a long country',
      { fname: 'J', lname: 'S', country: 'NLD' },
      { errors: ['Country is the wrong length (should be 2 characters)'] },
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

  it('answers a body without user with 422 Bad Request', async () => {
    const answer = await api('POST', '/api/users', {
      body: { provider_server: 'server1.example.com', provider_username: 'jsmith' },
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example('BadRequest'));
  });
});

describe('the status of a rejected body depends on the operation', () => {
  it('keeps 400 for PATCH and 422 for POST when both fail at the same time', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        index % 2 === 0
          ? api('PATCH', '/api/users', { body: { user: { email: 'nope' } } })
          : api('POST', '/api/users', {
              body: createBody({ fname: 'J', lname: 'S', email: 'no' }),
            }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(
      Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? 400 : 422)),
    );
    for (const answer of answers) expect(answer.body).toEqual({ errors: ['Email is invalid'] });
  });
});

describe('API versions in Accept', () => {
  const accept = (version: string) => ({ accept: `application/json; api_version=${version}` });

  it.each(['80', undefined])('serves version %s without a deprecation header', async (version) => {
    const answer = await api('GET', '/api/users', { headers: version ? accept(version) : {} });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('api-deprecated')).toBeNull();
  });

  it.each(['51', '60', '71'])(
    'serves deprecated version %s with API-Deprecated: true',
    async (v) => {
      const answer = await api('PATCH', '/api/users', {
        headers: accept(v),
        body: { user: { city: 'Portland' } },
      });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('api-deprecated')).toBe('true');
    },
  );

  it.each([
    ['GET', '40', {}],
    ['PATCH', '50', { body: { user: { city: 'Portland' } } }],
    ['POST', '75', { body: createBody({ fname: 'Jane', lname: 'Smith' }) }],
    ['GET', '81', {}],
    ['GET', 'latest', {}],
  ])('answers %s with version %s 422 and API-Version-Supported: false', async (method, v, init) => {
    const answer = await api(method, '/api/users', { ...init, headers: accept(v) });
    expect(answer.status).toBe(422);
    expect(answer.headers.get('api-version-supported')).toBe('false');
    expect(answer.body).toEqual({ errors: [`You requested an unsupported version (${v})`] });
  });

  it('words the unsupported version as the example does', async () => {
    const answer = await api('GET', '/api/users', { headers: accept('40') });
    expect(answer.body).toEqual(example('UnsupportedVersion'));
  });
});

describe('requests the controller cannot read', () => {
  it.each(['PATCH', 'POST'])(
    'answers malformed JSON on %s with 422 Bad Request',
    async (method) => {
      const answer = await api(method, '/api/users', { body: '{"user": {', raw: true });
      expect(answer.status).toBe(422);
      expect(answer.body).toEqual(example('BadRequest'));
    },
  );

  it('answers a body that is not JSON with 415 in the errors envelope', async () => {
    const answer = await api('PATCH', '/api/users', {
      body: 'user[city]=Portland',
      raw: true,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(answer.status).toBe(415);
    expect(answer.body.errors).toEqual([expect.stringContaining('application/json')]);
  });

  it('answers a body over 1 MB with 413 in the errors envelope', async () => {
    const answer = await api('PATCH', '/api/users', {
      body: { user: { city: 'x'.repeat(1_100_000) } },
    });
    expect(answer.status).toBe(413);
    expect(answer.body.errors).toHaveLength(1);
  });

  it.each([
    ['GET', '/api/nothing'],
    ['GET', '/api/users/1'],
    ['POST', '/api/users/1/things'],
  ])('answers %s %s (unknown route) with 404 Unknown API Call', async (method, path) => {
    const answer = await stub.call('computestacks', method, path);
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(example('UnknownApiCall'));
  });

  it.each(['DELETE', 'PUT'])(
    'answers %s /api/users (a method Rails does not route) with 404',
    async (method) => {
      const answer = await api(method, '/api/users', { body: { user: {} } });
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(example('UnknownApiCall'));
    },
  );

  it('answers an unknown query parameter with 422 Bad Request', async () => {
    const answer = await api('GET', '/api/users?page=2');
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example('BadRequest'));
  });
});

describe('seed and persistence', () => {
  const seed = (users: number) =>
    seedApi(computestacksApi, { seed: 11, users }) as ComputeStacksData;

  it('seeds byte-identical data from one seed, each demo user depending only on its index', () => {
    expect(JSON.stringify(seed(3))).toBe(JSON.stringify(seed(3)));
    expect(seed(4).accounts.slice(0, 3)).toEqual(seed(2).accounts.slice(0, 3));
    expect(seed(2).accounts.map((account) => account.user.id)).toEqual([1, 2, 3]);
  });

  it('seeds only users that meet the spec’s User schema', () => {
    const validator = new SchemaValidator(loadSpec('computestacks'));
    for (const seedNumber of [1, 4010]) {
      const seeded = seedApi(computestacksApi, { seed: seedNumber, users: 40 });
      for (const resource of computestacksApi.resources(seeded as ComputeStacksData))
        expect(describeErrors(validator.errors(resource.schema, resource.value))).toBe('');
    }
  });

  it('keeps a created user across a restart', async () => {
    const first = await startTestStub({ apis: [computestacksApi], apiPorts: false });
    try {
      const created = await first.call('computestacks', 'POST', '/api/users', {
        headers: bearer(),
        body: createBody({ fname: 'Jane', lname: 'Smith' }),
      });
      await first.close();
      const second = await startStub({
        apis: [computestacksApi],
        db: first.dbFile,
        apiPorts: false,
      });
      try {
        const { username, password } = created.body.user.api;
        const response = await fetch(`${second.urlOf('computestacks')}/api/users`, {
          headers: basic(username, password),
        });
        expect(((await response.json()) as { user: { id: number } }).user.id).toBe(
          created.body.user.id,
        );
      } finally {
        await second.close();
      }
    } finally {
      await first.dispose();
    }
  });
});
