import type { ContractCase } from '../../core/api/index.ts';

const DOC_USER = "the Scalingo user 'doc-account'";
const DOC_ID = 'us-d13d3065-e7fa-4b1a-827a-ce1c92415f9c';
const TAKEN = "another Scalingo user with email 'taken@example.com'";
const MY_DB_ADDON = 'ad-5c599fd6-f18b-3202-f7ab-4e66a1b2c3d4';
const newEmail = { user: { email: 'new-documentation@scalingo.com' } };
const DELETION = 'del-doc-account';
const PENDING = `a deletion '${DELETION}' with token 'emailed-token' of the Scalingo user 'doc-account'`;
const confirm = (token: string) => ({ deletion: { token, reason: 'no longer needed' } });

/** One interaction per operation and documented response of the Scalingo account API. */
export const scalingoContracts: ContractCase[] = [
  {
    operationId: 'getCurrentUser',
    status: 200,
    state: DOC_USER,
    request: { path: '/v1/users/self' },
  },
  {
    operationId: 'getCurrentUser',
    status: 401,
    state: DOC_USER,
    request: { path: '/v1/users/self', headers: { authorization: 'Bearer not-a-token' } },
  },
  {
    operationId: 'updateUser',
    status: 200,
    state: DOC_USER,
    request: { path: `/v1/users/${DOC_ID}`, body: newEmail },
  },
  {
    operationId: 'replaceUser',
    status: 200,
    state: DOC_USER,
    request: { path: `/v1/users/${DOC_ID}`, body: newEmail },
  },
  {
    operationId: 'updateUser',
    status: 404,
    state: DOC_USER,
    request: { path: '/v1/users/us-00000000-0000-4000-8000-000000000000', body: newEmail },
  },
  {
    operationId: 'updateUser',
    status: 422,
    state: TAKEN,
    request: { path: `/v1/users/${DOC_ID}`, body: { user: { email: 'taken@example.com' } } },
    example: 'EmailTaken',
  },
  {
    operationId: 'updateAccount',
    status: 200,
    state: DOC_USER,
    request: { path: '/v1/users/account', body: newEmail },
  },
  {
    operationId: 'updateProfile',
    status: 200,
    state: DOC_USER,
    request: { path: '/v1/account/profile', body: newEmail },
  },
  {
    operationId: 'getAccountUsage',
    status: 200,
    state: DOC_USER,
    request: { path: '/v1/account/usage', query: { from: '2020-10-01', to: '2020-11-01' } },
  },
  {
    operationId: 'getAccountUsage',
    status: 422,
    state: DOC_USER,
    request: { path: '/v1/account/usage', query: { from: '2020-13-01' } },
    example: 'InvalidFromDate',
  },
  { operationId: 'listRoles', status: 200, state: DOC_USER, request: { path: '/v1/users/roles' } },
  {
    operationId: 'exchangeToken',
    status: 200,
    state: DOC_USER,
    request: {
      path: '/v1/tokens/exchange',
      headers: { authorization: 'Basic OmZhY3NpbWlsZS1kZW1v' },
      body: {},
    },
  },
  {
    operationId: 'exchangeToken',
    status: 401,
    state: DOC_USER,
    request: {
      path: '/v1/tokens/exchange',
      headers: { authorization: 'Basic Om5vdC1hLXRva2Vu' },
      body: {},
    },
  },
  {
    operationId: 'getAddonToken',
    status: 200,
    state: DOC_USER,
    request: { path: `/v1/apps/my-app/addons/${MY_DB_ADDON}/token`, body: {} },
  },
  {
    operationId: 'getAddonToken',
    status: 404,
    state: DOC_USER,
    request: { path: '/v1/apps/my-app/addons/ad-unknown/token', body: {} },
  },
  { operationId: 'deleteUser', status: 204, state: DOC_USER, request: { path: '/v1/users' } },
  {
    operationId: 'stopFreeTrial',
    status: 200,
    state: "the Scalingo user 'doc-account' in a free trial",
    request: { path: '/v1/users/stop_free_trial' },
  },
  {
    operationId: 'requestAccountDeletion',
    status: 201,
    state: DOC_USER,
    request: { path: '/v1/users/delete' },
  },
  {
    operationId: 'confirmAccountDeletion',
    status: 204,
    state: PENDING,
    request: { path: `/v1/users/delete/${DELETION}/confirm`, body: confirm('emailed-token') },
  },
  {
    operationId: 'confirmAccountDeletion',
    status: 404,
    state: DOC_USER,
    request: { path: '/v1/users/delete/no-such-deletion/confirm', body: confirm('emailed-token') },
  },
  {
    operationId: 'confirmAccountDeletion',
    status: 422,
    state: PENDING,
    request: { path: `/v1/users/delete/${DELETION}/confirm`, body: confirm('not-the-token') },
  },
];
