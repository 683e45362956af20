import { storeOnDisk } from '../../support/store-on-disk.ts';
import { describe, expect, it } from 'vitest';
import { DEMO_BASIC, basic, docUser, example, useComputeStacksStub } from './setup.ts';

const computestacks = useComputeStacksStub();
const { api, data, currentUser } = computestacks;

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
    const onDisk = await storeOnDisk(computestacks.stub.dbFile);
    expect(JSON.stringify(onDisk.apis.computestacks)).toContain('Persisted City');
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
    ['an unknown currency', { currency: 'XYZ' }, ['Currency Unknown currency.']],
    ['a currency that is no code', { currency: 'dollars' }, ['Currency Unknown currency.']],
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
    expect(await currentUser()).toEqual(docUser().user);
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
  ])('answers %s with Rails’ 400 (ParameterMissing, issue 23)', async (_case, body) => {
    const answer = await api('PATCH', '/api/users', { body });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(example('MissingUserParameter'));
  });

  it.each([
    ['a user that is a string', { user: 'john' }],
    ['an array', []],
  ])('answers %s with 422 Bad Request', async (_case, body) => {
    const answer = await api('PATCH', '/api/users', { body });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example('BadRequest'));
  });
});
