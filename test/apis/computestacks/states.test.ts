import { describe, expect, it } from 'vitest';
import { bearer, type Answer, type CallInit } from '../../support/stub.ts';
import { USERS, basic, docUser, example, useComputeStacksStub } from './setup.ts';

const JOHN = "the ComputeStacks user 'john@example.com'";
const TAKEN = "another ComputeStacks user with email 'taken@example.com'";
const NO_JANE = "no ComputeStacks user with email 'jane.smith@example.com'";
const withoutScope = (scope: string) => `a ComputeStacks token without scope '${scope}'`;

const computestacks = useComputeStacksStub();
const { api, data } = computestacks;

const as = (token: string, body?: unknown): CallInit => ({
  headers: bearer(token),
  ...(body === undefined ? {} : { body }),
});

const providerState = (
  state: string,
  action: 'setup' | 'teardown' = 'setup',
  params: Record<string, string> = {},
) => computestacks.stub.setState(state, action, params);

/** Sets a state up twice: both answer 200, so a verifier retrying a setup is harmless. */
async function setUpTwice(state: string, params: Record<string, string> = {}) {
  for (let i = 0; i < 2; i += 1) {
    const answer = await providerState(state, 'setup', params);
    expect(answer.status, answer.text).toBe(200);
  }
}

const createJane = {
  user: { fname: 'Jane', lname: 'Smith', email: 'jane.smith@example.com' },
  provider_server: 'server1.example.com',
  provider_username: 'jsmith',
};

/** Doorkeeper's answers carry no body at all. */
function expectEmpty(answer: Answer, status: number) {
  expect(answer.status).toBe(status);
  expect(answer.text).toBe('');
}

/** What the API shows of the seed: John, and each demo user through its own token. */
async function snapshot() {
  const demoTokens = data()
    .tokens.filter((row) => row.userId !== null && row.userId > 1)
    .map((row) => row.token);
  const users = [];
  for (const token of ['facsimile-demo', ...demoTokens])
    users.push((await api('GET', USERS, as(token))).body);
  return users;
}

describe('ComputeStacks provider states', () => {
  it("the ComputeStacks user 'john@example.com': the document's user, unchanged", async () => {
    const before = await snapshot();
    await setUpTwice(JOHN);
    const answer = await api('GET', USERS);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(docUser());
    expect(await snapshot()).toEqual(before);
  });

  it('a ComputeStacks user the seed does not hold cannot be set up (400)', async () => {
    const answer = await providerState("the ComputeStacks user 'nobody@example.com'");
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/could not be set up: no seeded ComputeStacks user/);
  });

  it("another ComputeStacks user with email 'taken@example.com': John cannot take it", async () => {
    const before = await snapshot();
    await setUpTwice(TAKEN);
    const holders = data().accounts.filter((account) => account.user.email === 'taken@example.com');
    expect(holders).toHaveLength(1);
    const holder = data().tokens.find((row) => row.userId === holders[0]!.user.id)!;
    expect((await api('GET', USERS, as(holder.token))).body.user.email).toBe('taken@example.com');
    const taken = await api('PATCH', USERS, { body: { user: { email: 'taken@example.com' } } });
    expect(taken.status).toBe(400);
    expect(taken.body).toEqual({ errors: ['Email has already been taken'] });

    await providerState(TAKEN, 'teardown');
    expect(await snapshot()).toEqual(before);
    const free = await api('PATCH', USERS, { body: { user: { email: 'taken@example.com' } } });
    expect(free.status).toBe(200);
  });

  it("no ComputeStacks user with email 'jane.smith@example.com': the email is free", async () => {
    const first = await api('POST', USERS, { body: createJane });
    expect(first.status).toBe(201);
    expect(first.body.user.email).toBe('jane.smith@example.com');
    const janeBasic = basic(first.body.user.api.username, first.body.user.api.password);
    expect((await api('GET', USERS, { headers: janeBasic })).status).toBe(200);

    await setUpTwice(NO_JANE);
    // Jane's API credentials went with her, and her email is not generated again.
    const gone = await api('GET', USERS, { headers: janeBasic });
    expect(gone.status).toBe(401);
    expect(gone.body).toEqual(example('NotAuthorized'));
    const again = await api('POST', USERS, { body: createJane });
    expect(again.status).toBe(201);
    expect(again.body.user.email).toBe('jane.smith@example.com');
  });

  it('no ComputeStacks user removes a seeded user and its tokens', async () => {
    await setUpTwice("another ComputeStacks user with email 'gone@example.com'");
    const holder = data().accounts.find((account) => account.user.email === 'gone@example.com')!;
    const token = data().tokens.find((row) => row.userId === holder.user.id)!.token;
    expect((await api('GET', USERS, as(token))).status).toBe(200);

    await setUpTwice("no ComputeStacks user with email 'gone@example.com'");
    expectEmpty(await api('GET', USERS, as(token)), 401);
    expect((await api('GET', USERS)).body).toEqual(docUser());

    await providerState("no ComputeStacks user with email 'gone@example.com'", 'teardown');
    const restored = await api('GET', USERS, as(token));
    expect(restored.status).toBe(200);
    expect(restored.body.user.email).not.toBe('gone@example.com');
  });

  it("no ComputeStacks user refuses to remove the document's user (400)", async () => {
    const answer = await providerState("no ComputeStacks user with email 'john@example.com'");
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/is the document's user/);
    expect((await api('GET', USERS)).body).toEqual(docUser());
  });

  it.each([
    ['profile_read', 'GET', 403, 200, 201],
    ['profile_update', 'PATCH', 200, 403, 201],
    ['register', 'POST', 200, 200, 403],
  ])(
    "a ComputeStacks token without scope '%s': John's token refused only by %s",
    async (scope, _method, get, patch, post) => {
      const token = `cs-without-${scope}`;
      expectEmpty(await api('GET', USERS, as(token)), 401);

      await setUpTwice(withoutScope(scope));
      expect(data().tokens.filter((row) => row.token === token)).toHaveLength(1);
      const read = await api('GET', USERS, as(token));
      expect(read.status).toBe(get);
      if (get === 200) expect(read.body).toEqual(docUser());
      else expectEmpty(read, 403);
      const update = await api('PATCH', USERS, as(token, { user: { city: 'Portland' } }));
      expect(update.status).toBe(patch);
      if (patch === 403) expectEmpty(update, 403);
      const create = await api('POST', USERS, as(token, createJane));
      expect(create.status).toBe(post);
      if (post === 403) expectEmpty(create, 403);

      await providerState(withoutScope(scope), 'teardown');
      expectEmpty(await api('GET', USERS, as(token)), 401);
      expect((await api('GET', USERS)).body).toEqual(docUser());
    },
  );

  it('a ComputeStacks token without a scope the controller does not have cannot be set up (400)', async () => {
    const answer = await providerState(withoutScope('admin'));
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/unknown ComputeStacks scope admin/);
    expectEmpty(await api('GET', USERS, as('cs-without-admin')), 401);
  });

  it('takes the scope from params as Pact sends them', async () => {
    const answer = await providerState('a ComputeStacks token without scope', 'setup', {
      scope: 'profile_read',
    });
    // The name alone does not match the pattern: params complete a matching name, not replace it.
    expect(answer.status).toBe(400);
    const named = await providerState(withoutScope('profile_read'), 'setup', {
      scope: 'profile_update',
    });
    expect(named.status).toBe(200);
    expect(named.body).toEqual({ scope: 'profile_update' });
    // Pact's params win over the name's capture.
    expect((await api('GET', USERS, as('cs-without-profile_update'))).status).toBe(200);
    expectEmpty(await api('GET', USERS, as('cs-without-profile_read')), 401);
  });

  it('teardown restores the seed after a state and changes through the API', async () => {
    const before = await snapshot();
    await setUpTwice(withoutScope('register'));
    await setUpTwice(TAKEN);
    await api('PATCH', USERS, { body: { user: { city: 'Portland' } } });
    expect((await api('POST', USERS, { body: createJane })).status).toBe(201);

    const answer = await providerState(TAKEN, 'teardown');
    expect(answer.status).toBe(200);
    expect(await snapshot()).toEqual(before);
    expectEmpty(await api('GET', USERS, as('cs-without-register')), 401);
  });

  it('answers an unknown state with 400 and the known states', async () => {
    const answer = await providerState("a ComputeStacks user named 'ghost'");
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe(`unknown provider state "a ComputeStacks user named 'ghost'"`);
    const examples = (answer.body.known as { api: string; example: string }[])
      .filter((state) => state.api === 'computestacks')
      .map((state) => state.example);
    expect(examples).toEqual([JOHN, TAKEN, NO_JANE, withoutScope('profile_update')]);
  });
});
