import type { ContractCase } from '../../core/api.ts';

const BASE = '/api/iacp/v3';
const JANE = 'user-suh84u6vuvidtbg';
const GHOST = 'user-doesnotexist';
const MAIN_ACCOUNT = 'acc-tmhltms60l40m9o';
const DEMO_ACCOUNT = 'acc-svrcncgh453bi8g';
const DEMO_TEAM = 'team-t67mjtnokncjpd8';

const JANE_STATE = `a Scalr user '${JANE}'`;
const NO_GHOST = `no Scalr user '${GHOST}'`;
const NO_IAM = 'tk-scalr-no-iam-access';
const NO_IAM_STATE = `a Scalr token '${NO_IAM}' without IAM permissions`;
const READER = 'tk-scalr-demo-account-reader';
const READER_STATE = `a Scalr token '${READER}' reading only account '${DEMO_ACCOUNT}'`;
const DEMO_ACCOUNT_STATE = `a Scalr account '${DEMO_ACCOUNT}' with team '${DEMO_TEAM}'`;

const invalidToken = { authorization: 'Bearer not-a-token' };
const noIam = { authorization: `Bearer ${NO_IAM}` };

/** The spec's `InviteUserToTeamsAndRoles`: into the demo account's team, with both roles. */
const invite = {
  data: {
    type: 'users',
    attributes: { email: 'test_user@scalr.com', 'send-invite': false },
    relationships: {
      teams: { data: [{ type: 'teams', id: DEMO_TEAM }] },
      roles: {
        data: [
          { type: 'roles', id: 'role-t67mjtmauajto7g' },
          { type: 'roles', id: 'role-t67mjtmd93j62hg' },
        ],
      },
    },
  },
};

/** The spec's `CreateUserWithPassword` (go-scalr v2 / reference shape). */
const newUser = {
  data: {
    type: 'users',
    attributes: {
      email: 'new.user@example.com',
      'full-name': 'New User',
      password: 'Temp-passw0rd!',
      'change-password-on-sign-in': true,
      status: 'Pending',
    },
    relationships: {
      'identity-providers': { data: [{ type: 'identity-providers', id: 'idp-sohkb0o1phrdmr8' }] },
    },
  },
};
const withAttributes = (attributes: Record<string, unknown>) => ({
  data: { ...newUser.data, attributes: { ...newUser.data.attributes, ...attributes } },
});

/** The spec's `UpdateUserNameAndStatus`. */
const rename = {
  data: { type: 'users', id: JANE, attributes: { 'full-name': 'Jane Q. Doe', status: 'Inactive' } },
};

const accountUsers = `${BASE}/account-users`;
const users = `${BASE}/users`;
const jane = `${users}/${JANE}`;
const ghost = `${users}/${GHOST}`;
const inviteInto = (account: string) => `${BASE}/accounts/${account}/actions/invite`;

/** One interaction per operation and documented response of Scalr IAM's users and account-users. */
export const scalrContracts: ContractCase[] = [
  {
    operationId: 'listAccountUsers',
    status: 200,
    state: JANE_STATE,
    request: { path: accountUsers, query: { 'filter[user]': JANE, 'page[size]': '3' } },
    example: 'AccountUsersOfUser',
    description: "the accounts of a user (the document's example)",
  },
  {
    operationId: 'listAccountUsers',
    status: 200,
    state: JANE_STATE,
    request: { path: accountUsers, query: { 'filter[account]': MAIN_ACCOUNT, include: 'user' } },
    example: 'AccountUsersOfAccountWithUsers',
    description: 'the users of an account, side-loaded',
  },
  {
    operationId: 'listAccountUsers',
    status: 200,
    state: NO_GHOST,
    request: { path: accountUsers, query: { 'filter[user]': GHOST } },
    example: 'AccountUsersNoMatch',
    description: 'an unknown user ID matches nothing',
  },
  {
    operationId: 'listAccountUsers',
    status: 400,
    state: JANE_STATE,
    request: { path: accountUsers },
    example: 'FilterRequiredError',
  },
  {
    operationId: 'listAccountUsers',
    status: 401,
    state: JANE_STATE,
    request: { path: accountUsers, query: { 'filter[user]': JANE }, headers: invalidToken },
    example: 'InvalidTokenError',
  },
  {
    operationId: 'listAccountUsers',
    status: 403,
    state: NO_IAM_STATE,
    request: { path: accountUsers, query: { 'filter[user]': JANE }, headers: noIam },
    example: 'ForbiddenError',
  },
  {
    operationId: 'listAccountUsers',
    status: 404,
    state: READER_STATE,
    request: {
      path: accountUsers,
      query: { 'filter[account]': MAIN_ACCOUNT },
      headers: { authorization: `Bearer ${READER}` },
    },
    example: 'AccountNotFoundError',
  },
  {
    operationId: 'listAccountUsers',
    status: 422,
    state: JANE_STATE,
    request: { path: accountUsers, query: { 'filter[user]': JANE, sort: 'name' } },
    example: 'InvalidSortError',
  },
  {
    operationId: 'inviteUserToAccount',
    status: 201,
    state: DEMO_ACCOUNT_STATE,
    request: { path: inviteInto(DEMO_ACCOUNT), body: invite },
    example: 'InvitedAccountUser',
  },
  {
    operationId: 'inviteUserToAccount',
    status: 401,
    state: DEMO_ACCOUNT_STATE,
    request: { path: inviteInto(DEMO_ACCOUNT), headers: invalidToken, body: invite },
    example: 'InvalidTokenError',
  },
  {
    operationId: 'inviteUserToAccount',
    status: 403,
    state: NO_IAM_STATE,
    request: { path: inviteInto(DEMO_ACCOUNT), headers: noIam, body: invite },
    example: 'ForbiddenError',
  },
  {
    operationId: 'inviteUserToAccount',
    status: 404,
    state: "no Scalr account 'acc-doesnotexist'",
    request: { path: inviteInto('acc-doesnotexist'), body: invite },
    example: 'AccountNotFoundError',
  },
  {
    operationId: 'inviteUserToAccount',
    status: 422,
    state: DEMO_ACCOUNT_STATE,
    request: { path: inviteInto(MAIN_ACCOUNT), body: invite },
    example: 'InvalidTeamError',
    description: 'a team of another account',
  },
  {
    operationId: 'inviteUserToAccount',
    status: 422,
    state: DEMO_ACCOUNT_STATE,
    request: {
      path: inviteInto(DEMO_ACCOUNT),
      body: { data: { type: 'users', attributes: { email: 'nope' } } },
    },
    example: 'InvalidEmailError',
    description: 'an invalid email',
  },
  {
    operationId: 'listUsers',
    status: 200,
    state: 'at least 3 Scalr users',
    request: { path: users, query: { 'page[size]': '2' } },
    example: 'UsersPage',
  },
  {
    operationId: 'listUsers',
    status: 401,
    state: JANE_STATE,
    request: { path: users, headers: invalidToken },
    example: 'InvalidTokenError',
  },
  {
    operationId: 'listUsers',
    status: 403,
    state: NO_IAM_STATE,
    request: { path: users, headers: noIam },
    example: 'ForbiddenError',
  },
  {
    operationId: 'listUsers',
    status: 422,
    state: JANE_STATE,
    request: { path: users, query: { 'page[size]': '101' } },
    example: 'InvalidPageSizeError',
  },
  {
    operationId: 'createUser',
    status: 201,
    state: "no Scalr user with email 'new.user@example.com'",
    request: { path: users, body: newUser },
    example: 'CreatedUser',
  },
  {
    operationId: 'createUser',
    status: 401,
    state: JANE_STATE,
    request: { path: users, headers: invalidToken, body: newUser },
    example: 'InvalidTokenError',
  },
  {
    operationId: 'createUser',
    status: 403,
    state: NO_IAM_STATE,
    request: { path: users, headers: noIam, body: newUser },
    example: 'ForbiddenError',
  },
  {
    operationId: 'createUser',
    status: 404,
    state: "no Scalr user with email 'new.user@example.com'",
    request: {
      path: users,
      body: {
        data: {
          ...newUser.data,
          relationships: {
            'identity-providers': {
              data: [{ type: 'identity-providers', id: 'idp-doesnotexist' }],
            },
          },
        },
      },
    },
    example: 'IdentityProviderNotFoundError',
  },
  {
    operationId: 'createUser',
    status: 422,
    state: "a Scalr user with email 'jane.doe@example.com'",
    request: { path: users, body: withAttributes({ email: 'jane.doe@example.com' }) },
    example: 'EmailTakenError',
    description: 'an email another user has',
  },
  {
    operationId: 'createUser',
    status: 422,
    state: JANE_STATE,
    request: { path: users, body: withAttributes({ email: 'nope' }) },
    example: 'InvalidEmailError',
    description: 'an invalid email',
  },
  {
    operationId: 'createUser',
    status: 422,
    state: "no Scalr user with email 'new.user@example.com'",
    request: { path: users, body: withAttributes({ password: 'weak' }) },
    example: 'WeakPasswordError',
    description: 'a weak password',
  },
  { operationId: 'getUser', status: 200, state: JANE_STATE, request: { path: jane } },
  {
    operationId: 'getUser',
    status: 401,
    state: JANE_STATE,
    request: { path: jane, headers: invalidToken },
    example: 'InvalidTokenError',
  },
  {
    operationId: 'getUser',
    status: 403,
    state: NO_IAM_STATE,
    request: { path: jane, headers: noIam },
    example: 'ForbiddenError',
  },
  {
    operationId: 'getUser',
    status: 404,
    state: NO_GHOST,
    request: { path: ghost },
    example: 'UserNotFoundError',
  },
  {
    operationId: 'getUser',
    status: 422,
    state: JANE_STATE,
    request: { path: jane, query: { include: 'nope' } },
    example: 'InvalidSortError',
    description: 'an unknown include path (an Invalid Query Parameter like the sort example)',
  },
  {
    operationId: 'updateUser',
    status: 200,
    state: JANE_STATE,
    request: { path: jane, body: rename },
    example: 'UpdatedUser',
  },
  {
    operationId: 'updateUser',
    status: 401,
    state: JANE_STATE,
    request: { path: jane, headers: invalidToken, body: rename },
    example: 'InvalidTokenError',
  },
  {
    operationId: 'updateUser',
    status: 403,
    state: NO_IAM_STATE,
    request: { path: jane, headers: noIam, body: rename },
    example: 'ForbiddenError',
  },
  {
    operationId: 'updateUser',
    status: 404,
    state: NO_GHOST,
    request: { path: ghost, body: { data: { type: 'users', attributes: rename.data.attributes } } },
    example: 'UserNotFoundError',
  },
  {
    operationId: 'updateUser',
    status: 422,
    state: JANE_STATE,
    request: { path: jane, body: { data: { type: 'users', attributes: { email: 'nope' } } } },
    example: 'InvalidEmailError',
  },
  { operationId: 'deleteUser', status: 204, state: JANE_STATE, request: { path: jane } },
  {
    operationId: 'deleteUser',
    status: 401,
    state: JANE_STATE,
    request: { path: jane, headers: invalidToken },
    example: 'InvalidTokenError',
  },
  {
    operationId: 'deleteUser',
    status: 403,
    state: NO_IAM_STATE,
    request: { path: jane, headers: noIam },
    example: 'ForbiddenError',
  },
  {
    operationId: 'deleteUser',
    status: 404,
    state: NO_GHOST,
    request: { path: ghost },
    example: 'UserNotFoundError',
  },
];
