import { describe, expect, it } from 'vitest';
import { scalrApi } from '../../../src/apis/scalr/index.ts';
import {
  DEMO_ACCOUNT,
  DEMO_TEAM,
  JANE,
  MAIN_ACCOUNT,
  NO_IAM,
  READER,
  TF_ADMIN,
  as,
  example,
  useScalrStub,
} from './setup.ts';

const scalr = useScalrStub();
const { api } = scalr;

const providerState = (
  state: string,
  action: 'setup' | 'teardown' = 'setup',
  params: Record<string, string> = {},
) => scalr.stub.setState(state, action, params);

/** Sets a state up twice: both answer 200, so a verifier retrying a setup is harmless. */
async function setUpTwice(state: string) {
  for (let i = 0; i < 2; i += 1) {
    const answer = await providerState(state);
    expect(answer.status, answer.text).toBe(200);
  }
}

const newUser = (email: string) => ({ data: { type: 'users', attributes: { email } } });
const invite = (email: string, team: string) => ({
  data: {
    type: 'users',
    attributes: { email },
    relationships: { teams: { data: [{ type: 'teams', id: team }] } },
  },
});

async function allUsers(): Promise<{ id: string; attributes: { email: string } }[]> {
  const answer = await api('GET', '/users?page[size]=100');
  expect(answer.status).toBe(200);
  return answer.body.data;
}

async function accountUserIds(filter: string): Promise<string[]> {
  const answer = await api('GET', `/account-users?${filter}&page[size]=100`);
  expect(answer.status).toBe(200);
  return answer.body.data.map((row: { id: string }) => row.id);
}

/** What the API shows of the seed: every user, both accounts' relations, the two limited tokens. */
async function snapshot() {
  return {
    users: await allUsers(),
    main: await accountUserIds(`filter[account]=${MAIN_ACCOUNT}`),
    demo: await accountUserIds(`filter[account]=${DEMO_ACCOUNT}`),
    jane: await accountUserIds(`filter[user]=${JANE}`),
    reader: (await api('GET', `/users/${TF_ADMIN}`, as(READER))).status,
    noIam: (await api('GET', '/users', as(NO_IAM))).status,
  };
}

describe('Scalr provider states: users', () => {
  it("a Scalr user 'user-suh84u6vuvidtbg': the seeded user, unchanged", async () => {
    const before = await snapshot();
    await setUpTwice(`a Scalr user '${JANE}'`);
    const answer = await api('GET', `/users/${JANE}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(example('ActiveUser'));
    expect(await snapshot()).toEqual(before);
  });

  it('a Scalr user that the seed does not hold cannot be set up (400)', async () => {
    const answer = await providerState("a Scalr user 'user-nobodyhere'");
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/could not be set up: no seeded Scalr user user-nobodyhere/);
  });

  it("a Scalr user with email 'carol@example.com': one Pending user, the same each time", async () => {
    const state = "a Scalr user with email 'carol@example.com'";
    await setUpTwice(state);
    const found = await api('GET', '/users?filter[email]=carol@example.com');
    expect(found.body.data).toHaveLength(1);
    const [carol] = found.body.data;
    expect(carol).toMatchObject({
      type: 'users',
      id: expect.stringMatching(/^user-[a-z0-9]{15}$/),
      attributes: { email: 'carol@example.com', status: 'Pending', 'full-name': null },
      relationships: { teams: { data: [] } },
    });
    expect((await api('GET', `/users/${carol.id}`)).body.data).toEqual(carol);
    const taken = await api('POST', '/users', { body: newUser('carol@example.com') });
    expect(taken.status).toBe(422);
    expect(taken.body.errors[0].source).toEqual({ pointer: '/data/attributes/email' });

    await providerState(state, 'teardown');
    await setUpTwice(state);
    const again = await api('GET', '/users?filter[email]=carol@example.com');
    expect(again.body.data).toEqual([carol]);
  });

  it("a Scalr user with email 'jane.doe@example.com' leaves the seeded Jane as she is", async () => {
    const before = await snapshot();
    await setUpTwice("a Scalr user with email 'jane.doe@example.com'");
    expect(await snapshot()).toEqual(before);
    const taken = await api('POST', '/users', { body: newUser('jane.doe@example.com') });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual(example('EmailTakenError'));
  });

  it("no Scalr user 'user-suh84u6vuvidtbg': the user and its relations are gone", async () => {
    await setUpTwice(`no Scalr user '${JANE}'`);
    const answer = await api('GET', `/users/${JANE}`);
    expect(answer.status).toBe(404);
    expect(answer.body.errors[0].title).toBe(
      `User with ID '${JANE}' not found or user unauthorized.`,
    );
    expect(await accountUserIds(`filter[user]=${JANE}`)).toEqual([]);
    expect((await allUsers()).map((user) => user.id)).not.toContain(JANE);
  });

  it("no Scalr user 'user-doesnotexist' changes nothing", async () => {
    const before = await snapshot();
    await setUpTwice("no Scalr user 'user-doesnotexist'");
    expect(await snapshot()).toEqual(before);
    const answer = await api('GET', '/users/user-doesnotexist');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(example('UserNotFoundError'));
  });

  it("no Scalr user with email 'jane.doe@example.com': Jane is gone, the email is free", async () => {
    await setUpTwice("no Scalr user with email 'jane.doe@example.com'");
    expect((await api('GET', `/users/${JANE}`)).status).toBe(404);
    const created = await api('POST', '/users', { body: newUser('jane.doe@example.com') });
    expect(created.status).toBe(201);
    expect(created.body.data.id).not.toBe(JANE);
  });

  it('at least 8 Scalr users: users are added up to 8, and no more', async () => {
    const seeded = (await allUsers()).length;
    expect(seeded).toBeLessThan(8);
    await setUpTwice('at least 8 Scalr users');
    const users = await allUsers();
    expect(users).toHaveLength(8);
    const page = await api('GET', '/users?page[size]=2');
    expect(page.body.meta.pagination).toMatchObject({ 'next-page': 2, 'total-count': 8 });
    await setUpTwice(`at least ${seeded - 1} Scalr users`);
    expect(await allUsers()).toEqual(users);
  });
});

describe('Scalr provider states: accounts and tokens', () => {
  it("a Scalr account 'acc-svrcncgh453bi8g' with team 'team-t67mjtnokncjpd8' is the seed's", async () => {
    const before = await snapshot();
    await setUpTwice(`a Scalr account '${DEMO_ACCOUNT}' with team '${DEMO_TEAM}'`);
    expect(await snapshot()).toEqual(before);
    const invited = await api('POST', `/accounts/${DEMO_ACCOUNT}/actions/invite`, {
      body: example('InviteUserToTeamsAndRoles'),
    });
    expect(invited.status).toBe(201);
  });

  it('a Scalr account the seed does not hold is created with its team', async () => {
    await setUpTwice("a Scalr account 'acc-newaccount1' with team 'team-newteam1'");
    const invited = await api('POST', '/accounts/acc-newaccount1/actions/invite?include=account', {
      body: invite('dave@example.com', 'team-newteam1'),
    });
    expect(invited.status, invited.text).toBe(201);
    expect(invited.body.included).toEqual([
      { type: 'accounts', id: 'acc-newaccount1', attributes: { name: 'acc-newaccount1' } },
    ]);
    expect(await accountUserIds('filter[account]=acc-newaccount1')).toEqual([invited.body.data.id]);

    await providerState("a Scalr account 'acc-newaccount1' with team 'team-newteam1'", 'teardown');
    const gone = await api('POST', '/accounts/acc-newaccount1/actions/invite', {
      body: invite('dave@example.com', 'team-newteam1'),
    });
    expect(gone.status).toBe(404);
  });

  it("a team of another account cannot be set up as the account's (400)", async () => {
    const answer = await providerState(
      `a Scalr account '${MAIN_ACCOUNT}' with team '${DEMO_TEAM}'`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/belongs to account acc-svrcncgh453bi8g/);
  });

  it("no Scalr account 'acc-svrcncgh453bi8g': the account, its relations and teams are gone", async () => {
    await setUpTwice(`no Scalr account '${DEMO_ACCOUNT}'`);
    const invited = await api('POST', `/accounts/${DEMO_ACCOUNT}/actions/invite`, {
      body: example('InviteUserToTeamsAndRoles'),
    });
    expect(invited.status).toBe(404);
    expect(invited.body.errors[0].title).toBe(
      `Account with ID '${DEMO_ACCOUNT}' not found or user unauthorized.`,
    );
    expect(await accountUserIds(`filter[account]=${DEMO_ACCOUNT}`)).toEqual([]);
    expect(await accountUserIds(`filter[user]=${JANE}`)).toEqual([
      example('AccountUsersOfUser').data[0].id,
    ]);
    const users = await allUsers();
    const teamsOf = (user: unknown) =>
      (user as { relationships: { teams: { data: { id: string }[] } } }).relationships.teams.data;
    expect(users.flatMap(teamsOf).map((ref) => ref.id)).not.toContain(DEMO_TEAM);
    // The reader token was limited to that account: it now sees no user at all.
    expect((await api('GET', '/users', as(READER))).body.data).toEqual([]);
  });

  it("no Scalr account 'acc-doesnotexist' changes nothing", async () => {
    const before = await snapshot();
    await setUpTwice("no Scalr account 'acc-doesnotexist'");
    expect(await snapshot()).toEqual(before);
    const invited = await api('POST', '/accounts/acc-doesnotexist/actions/invite', {
      body: example('InviteUserToTeamsAndRoles'),
    });
    expect(invited.status).toBe(404);
    expect(invited.body).toEqual(example('AccountNotFoundError'));
  });

  it("a Scalr token 'tk-scalr-no-iam-access' without IAM permissions answers 403", async () => {
    await setUpTwice(`a Scalr token '${NO_IAM}' without IAM permissions`);
    const answer = await api('GET', `/users/${JANE}`, as(NO_IAM));
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual(example('ForbiddenError'));
  });

  it('without IAM permissions also takes them from a token that had some, or makes one', async () => {
    await setUpTwice(`a Scalr token '${READER}' without IAM permissions`);
    expect((await api('GET', `/users/${JANE}`, as(READER))).status).toBe(403);
    expect((await api('GET', '/users', as('tk-brand-new'))).status).toBe(401);
    await setUpTwice("a Scalr token 'tk-brand-new' without IAM permissions");
    expect((await api('GET', '/users', as('tk-brand-new'))).status).toBe(403);
  });

  it("a Scalr token reading only account 'acc-tmhltms60l40m9o' sees that account, reads only", async () => {
    await setUpTwice(`a Scalr token '${NO_IAM}' reading only account '${MAIN_ACCOUNT}'`);
    expect((await api('GET', `/users/${JANE}`, as(NO_IAM))).status).toBe(200);
    expect((await api('GET', `/users/${TF_ADMIN}`, as(NO_IAM))).status).toBe(404);
    const hidden = await api('GET', `/account-users?filter[account]=${DEMO_ACCOUNT}`, as(NO_IAM));
    expect(hidden.status).toBe(404);
    const write = await api('DELETE', `/users/${JANE}`, as(NO_IAM));
    expect(write.status).toBe(403);
  });

  it("the seeded reader token 'tk-scalr-demo-account-reader' is left as it is", async () => {
    const before = await snapshot();
    await setUpTwice(`a Scalr token '${READER}' reading only account '${DEMO_ACCOUNT}'`);
    expect(await snapshot()).toEqual(before);
    const hidden = await api('GET', `/account-users?filter[account]=${MAIN_ACCOUNT}`, as(READER));
    expect(hidden.status).toBe(404);
  });

  it('reading only an account the store does not hold cannot be set up (400)', async () => {
    const answer = await providerState(
      `a Scalr token '${READER}' reading only account 'acc-doesnotexist'`,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/no Scalr account acc-doesnotexist/);
  });
});

describe('Scalr provider states: teardown and unknown states', () => {
  it('teardown puts the seed back after any state', async () => {
    const seed = await snapshot();
    for (const state of [
      `no Scalr user '${JANE}'`,
      "no Scalr user with email 'tf-admin@scalr.com'",
      "a Scalr user with email 'carol@example.com'",
      'at least 8 Scalr users',
      `no Scalr account '${DEMO_ACCOUNT}'`,
      `a Scalr token '${NO_IAM}' reading only account '${MAIN_ACCOUNT}'`,
      `a Scalr token '${READER}' without IAM permissions`,
    ]) {
      await setUpTwice(state);
      expect(await snapshot(), state).not.toEqual(seed);
      const teardown = await providerState(state, 'teardown');
      expect(teardown.status).toBe(200);
      expect(await snapshot(), state).toEqual(seed);
    }
  });

  it('answers an unknown state with 400 and the known ones', async () => {
    const answer = await providerState("a Scalr user 'user-suh84u6vuvidtbg' riding a unicorn");
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/unknown provider state/);
    expect(answer.body.known).toContainEqual({
      api: 'scalr',
      example: "a Scalr user 'user-suh84u6vuvidtbg'",
    });
  });

  it('sets up every state the contract names', async () => {
    for (const state of new Set((scalrApi.contracts ?? []).map((c) => c.state))) {
      const answer = await providerState(state);
      expect(answer.status, `${state}: ${answer.text}`).toBe(200);
      await providerState(state, 'teardown');
    }
  });
});
