import type { ContractCase } from '../../../core/api/index.ts';
import {
  BASE,
  GHOST,
  JANE,
  JANE_STATE,
  NO_GHOST,
  NO_IAM_STATE,
  invalidToken,
  noIam,
} from './shared.ts';

const MAIN_ACCOUNT = 'acc-tmhltms60l40m9o';
const DEMO_ACCOUNT = 'acc-svrcncgh453bi8g';
const DEMO_TEAM = 'team-t67mjtnokncjpd8';

const READER = 'tk-scalr-demo-account-reader';
const READER_STATE = `a Scalr token '${READER}' reading only account '${DEMO_ACCOUNT}'`;
const DEMO_ACCOUNT_STATE = `a Scalr account '${DEMO_ACCOUNT}' with team '${DEMO_TEAM}'`;

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

const accountUsers = `${BASE}/account-users`;
const inviteInto = (account: string) => `${BASE}/accounts/${account}/actions/invite`;

/** listAccountUsers and inviteUserToAccount: one interaction per documented response. */
export const accountUserContracts: ContractCase[] = [
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
];
