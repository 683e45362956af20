// The fixed requests the replay test sends (test/support/replay.ts runs them): every API's reads,
// writes, errors, signatures, filters and paging, in an order where later ones see earlier writes.
import type { ApiName } from '../../src/core/specs/spec-files.ts';
import { exampleOf } from './examples.ts';

export interface ReplayRequest {
  /** `admin`: facsimile's own API under the main port's `/__facsimile`. */
  api: ApiName | 'admin';
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Send `body` as given (a string), for malformed input. */
  raw?: boolean;
  /** Use the API's own port instead of the main port's prefix. */
  root?: boolean;
  /** Sign like node-triton with the fixture key registered for `demo`. */
  signed?: boolean;
}

const bearer = { authorization: 'Bearer facsimile-demo' };
const basicDemo = { authorization: `Basic ${Buffer.from(':facsimile-demo').toString('base64')}` };
const jsonApi = { ...bearer, 'content-type': 'application/vnd.api+json' };
const SCALR = '/api/iacp/v3';
const JANE = 'user-suh84u6vuvidtbg';
const SCALR_ACCOUNT = 'acc-tmhltms60l40m9o';
const DOC_USER = 'us-d13d3065-e7fa-4b1a-827a-ce1c92415f9c';
const DB_USERS = '/api/databases/my-db-123/users';
const ex = (api: string, name: string) => exampleOf(api, name);

/** The requests, in order; later ones see the state earlier writes left. */
export function replayRequests(): ReplayRequest[] {
  return [
    ...scalingoRequests(),
    ...scalingoDbRequests(),
    ...computestacksRequests(),
    ...tritonRequests(),
    ...scalrRequests(),
    { api: 'admin', method: 'GET', path: '/journal?limit=4' },
    { api: 'admin', method: 'GET', path: '/journal?api=triton&limit=3' },
  ];
}

function scalingoRequests(): ReplayRequest[] {
  const api = 'scalingo';
  return [
    { api, method: 'GET', path: '/v1/users/self', headers: bearer },
    { api, method: 'GET', path: '/v1/users/self', headers: bearer, root: true },
    { api, method: 'GET', path: '/v1/users/self', headers: { ...bearer, 'x-request-id': 'r-1' } },
    { api, method: 'GET', path: '/v1/users/self' },
    { api, method: 'GET', path: '/v1/users/self', headers: { authorization: 'Bearer nope' } },
    { api, method: 'GET', path: '/v1/users/roles', headers: bearer },
    { api, method: 'GET', path: '/v1/account/usage', headers: bearer },
    { api, method: 'GET', path: '/v1/account/usage?from=2025-01-01&to=nope', headers: bearer },
    { api, method: 'GET', path: '/v1/no-such-thing', headers: bearer },
    { api, method: 'POST', path: '/v1/tokens/exchange', headers: basicDemo, body: {} },
    { api, method: 'POST', path: '/v1/tokens/exchange', headers: bearer, body: {} },
    {
      api,
      method: 'PATCH',
      path: `/v1/users/${DOC_USER}`,
      headers: bearer,
      body: ex(api, 'UpdateUserRequest'),
    },
    {
      api,
      method: 'PATCH',
      path: `/v1/users/${DOC_USER}`,
      headers: bearer,
      body: '{"user":',
      raw: true,
    },
    { api, method: 'PATCH', path: `/v1/users/${DOC_USER}`, headers: bearer, body: { user: 5 } },
    {
      api,
      method: 'PATCH',
      path: '/v1/account/profile',
      headers: bearer,
      body: ex(api, 'UpdateProfileRequest'),
    },
    { api, method: 'GET', path: '/v1/users/self', headers: { ...bearer, prefer: 'code=404' } },
    {
      api,
      method: 'GET',
      path: '/v1/users/self',
      headers: { ...bearer, prefer: 'code=200, dynamic=true' },
    },
    {
      api,
      method: 'POST',
      path: '/v1/apps/my-app/addons/ad-5c599fd6-f18b-3202-f7ab-4e66a1b2c3d4/token',
      headers: bearer,
      body: {},
    },
    {
      api,
      method: 'GET',
      path: '/v1/users/self',
      headers: { ...bearer, origin: 'http://localhost:3000' },
    },
    {
      api,
      method: 'OPTIONS',
      path: '/v1/users/self',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'PATCH' },
    },
  ];
}

function scalingoDbRequests(): ReplayRequest[] {
  const api = 'scalingo-db';
  return [
    { api, method: 'GET', path: DB_USERS, headers: bearer },
    { api, method: 'GET', path: DB_USERS, headers: bearer, root: true },
    { api, method: 'GET', path: DB_USERS },
    {
      api,
      method: 'GET',
      path: '/api/databases/not-mine/users',
      headers: { authorization: 'Bearer facsimile-addon-my-db-123' },
    },
    { api, method: 'POST', path: DB_USERS, headers: bearer, body: ex(api, 'CreateUserRequest') },
    { api, method: 'POST', path: DB_USERS, headers: bearer, body: ex(api, 'CreateUserRequest') },
    { api, method: 'POST', path: DB_USERS, headers: bearer, body: { database_user: {} } },
    { api, method: 'GET', path: DB_USERS, headers: bearer },
    {
      api,
      method: 'POST',
      path: `${DB_USERS}/no-such-user/reset_password`,
      headers: bearer,
      body: {},
    },
    { api, method: 'DELETE', path: `${DB_USERS}/no-such-user`, headers: bearer },
  ];
}

function computestacksRequests(): ReplayRequest[] {
  const api = 'computestacks';
  const basic = {
    authorization: `Basic ${Buffer.from('john-doe-api:facsimile-demo-password').toString('base64')}`,
  };
  return [
    { api, method: 'GET', path: '/api/users', headers: bearer },
    { api, method: 'GET', path: '/api/users', headers: basic, root: true },
    { api, method: 'GET', path: '/api/users' },
    {
      api,
      method: 'GET',
      path: '/api/users',
      headers: { authorization: 'Bearer cs-register-only' },
    },
    {
      api,
      method: 'PATCH',
      path: '/api/users',
      headers: bearer,
      body: ex(api, 'UpdateUserContactDetails'),
    },
    {
      api,
      method: 'PATCH',
      path: '/api/users',
      headers: bearer,
      body: ex(api, 'UpdateUserInvalid'),
    },
    { api, method: 'POST', path: '/api/users', headers: bearer, body: ex(api, 'CreateUserCpanel') },
    {
      api,
      method: 'POST',
      path: '/api/users',
      headers: bearer,
      body: ex(api, 'CreateUserInvalid'),
    },
    { api, method: 'GET', path: '/api/nothing', headers: bearer },
  ];
}

function tritonRequests(): ReplayRequest[] {
  const api = 'triton';
  return [
    { api, method: 'GET', path: '/demo/users/alice', headers: bearer },
    { api, method: 'GET', path: '/demo/users/alice', headers: bearer, root: true },
    { api, method: 'GET', path: '/demo/users', headers: bearer, root: true },
    { api, method: 'HEAD', path: '/demo/users', headers: bearer, root: true },
    { api, method: 'GET', path: '/demo/users/alice?membership=true', headers: bearer, root: true },
    { api, method: 'GET', path: '/demo/users/nobody', headers: bearer, root: true },
    { api, method: 'GET', path: '/demo/users', root: true },
    { api, method: 'GET', path: '/demo/users', root: true, signed: true },
    { api, method: 'GET', path: '/demo/users/bob', root: true, signed: true },
    {
      api,
      method: 'GET',
      path: '/demo/users',
      root: true,
      headers: {
        date: 'Mon, 07 Dec 2026 06:00:00 GMT',
        authorization:
          'Signature keyId="/demo/keys/x",algorithm="rsa-sha256",headers="date",signature="AAAA"',
      },
    },
    {
      api,
      method: 'POST',
      path: '/demo/users',
      headers: bearer,
      root: true,
      body: ex(api, 'CreateUserRequest'),
    },
    {
      api,
      method: 'POST',
      path: '/demo/users',
      headers: bearer,
      root: true,
      body: ex(api, 'CreateUserRequest'),
    },
    { api, method: 'POST', path: '/demo/users', headers: bearer, root: true, body: {} },
    {
      api,
      method: 'POST',
      path: '/demo/users/alice',
      headers: bearer,
      root: true,
      body: ex(api, 'UpdateUserRequest'),
    },
    {
      api,
      method: 'GET',
      path: '/demo/users/alice',
      headers: { ...bearer, prefer: 'example=UserBob' },
      root: true,
    },
    { api, method: 'DELETE', path: '/demo/users/bob', headers: bearer, root: true },
    { api, method: 'GET', path: '/demo/users', headers: bearer, root: true },
  ];
}

function scalrRequests(): ReplayRequest[] {
  const api = 'scalr';
  const docHost = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'my.scalr.io' };
  const reader = { authorization: 'Bearer tk-scalr-demo-account-reader' };
  return [
    { api, method: 'GET', path: `${SCALR}/account-users?page%5Bsize%5D=20`, headers: bearer },
    {
      api,
      method: 'GET',
      path: `${SCALR}/account-users?page%5Bsize%5D=20&page%5Bnumber%5D=2`,
      headers: bearer,
    },
    {
      api,
      method: 'GET',
      path: `${SCALR}/account-users?filter%5Buser%5D=${JANE}&page%5Bsize%5D=3`,
      headers: { ...bearer, ...docHost, prefer: 'profile=preview' },
      root: true,
    },
    {
      api,
      method: 'GET',
      path: `${SCALR}/account-users?filter%5Baccount%5D=${SCALR_ACCOUNT}&sort=-email&include=user`,
      headers: bearer,
    },
    {
      api,
      method: 'GET',
      path: `${SCALR}/account-users?query=jane`,
      headers: reader,
    },
    { api, method: 'GET', path: `${SCALR}/account-users?page%5Bsize%5D=1000`, headers: bearer },
    { api, method: 'GET', path: `${SCALR}/account-users?sort=nope`, headers: bearer },
    { api, method: 'GET', path: `${SCALR}/users?page%5Bsize%5D=5&sort=email`, headers: bearer },
    {
      api,
      method: 'GET',
      path: `${SCALR}/users?filter%5Bemail%5D=nobody@example.com`,
      headers: bearer,
    },
    { api, method: 'GET', path: `${SCALR}/users/${JANE}`, headers: bearer },
    { api, method: 'GET', path: `${SCALR}/users/user-doesnotexist00`, headers: bearer },
    {
      api,
      method: 'GET',
      path: `${SCALR}/users`,
      headers: { authorization: 'Bearer tk-scalr-no-iam-access' },
    },
    { api, method: 'GET', path: `${SCALR}/users` },
    {
      api,
      method: 'POST',
      path: `${SCALR}/users`,
      headers: jsonApi,
      body: ex(api, 'CreateUserWithPassword'),
    },
    { api, method: 'POST', path: `${SCALR}/users`, headers: jsonApi, body: '{"data":', raw: true },
    {
      api,
      method: 'PATCH',
      path: `${SCALR}/users/${JANE}`,
      headers: jsonApi,
      body: ex(api, 'UpdateUserNameAndStatus'),
    },
    {
      api,
      method: 'POST',
      path: `${SCALR}/accounts/acc-svrcncgh453bi8g/actions/invite`,
      headers: jsonApi,
      body: ex(api, 'InviteUserToTeamsAndRoles'),
    },
    {
      api,
      method: 'GET',
      path: `${SCALR}/account-users?page%5Bsize%5D=20&page%5Bnumber%5D=3`,
      headers: bearer,
    },
  ];
}
