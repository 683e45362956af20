import type { ContractCase } from '../../core/api/index.ts';

const ALICE = "a Triton account 'demo' with user 'alice'";
const NO_GHOST = "no Triton user 'ghost'";
const WITH_KEY = "a Triton account 'demo' with user 'alice' holding key 'alice-laptop'";
const NO_KEYS = "a Triton account 'demo' with user 'alice' without keys";
const ALICE_KEY = {
  name: 'alice-laptop',
  key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG5XBK/nWH6vYnTZ/zvdSGo6EpCV/AlwHbQcsV066Ow8 alice-laptop',
};
const carol = {
  login: 'carol',
  email: 'carol@example.com',
  password: 'carol-secret-42',
  firstName: 'Carol',
};

/** One interaction per operation and documented response of CloudAPI's users. */
export const tritonContracts: ContractCase[] = [
  { operationId: 'ListUsers', status: 200, state: ALICE, request: { path: '/demo/users' } },
  {
    operationId: 'ListUsers',
    status: 401,
    state: ALICE,
    request: { path: '/demo/users', headers: { authorization: 'Bearer not-a-token' } },
    example: 'ErrorInvalidCredentials',
  },
  {
    operationId: 'ListUsers',
    status: 403,
    state: "a Triton account 'acme'",
    request: { path: '/acme/users' },
    example: 'ErrorNotAuthorized',
  },
  {
    operationId: 'ListUsers',
    status: 404,
    state: NO_GHOST,
    request: { path: '/ghost/users' },
    example: 'ErrorAccountNotFound',
  },
  { operationId: 'GetUser', status: 200, state: ALICE, request: { path: '/demo/users/alice' } },
  {
    operationId: 'GetUser',
    status: 200,
    state: ALICE,
    request: { path: '/demo/users/alice', query: { membership: 'true' } },
    example: 'UserAliceWithRoles',
    description: 'with membership',
  },
  {
    operationId: 'GetUser',
    status: 404,
    state: NO_GHOST,
    request: { path: '/demo/users/ghost' },
    example: 'ErrorUserNotFound',
  },
  {
    operationId: 'CreateUser',
    status: 201,
    state: NO_GHOST,
    request: { path: '/demo/users', body: carol },
  },
  {
    operationId: 'CreateUser',
    status: 409,
    state: ALICE,
    request: { path: '/demo/users', body: { ...carol, login: 'alice' } },
    example: 'ErrorDuplicateLogin',
    description: 'InvalidArgument for a taken login',
  },
  {
    operationId: 'CreateUser',
    status: 409,
    state: ALICE,
    request: { path: '/demo/users', body: {} },
    example: 'ErrorMissingCreateParameters',
    description: 'MissingParameter without login, email and password',
  },
  {
    operationId: 'UpdateUser',
    status: 200,
    state: ALICE,
    request: { path: '/demo/users/alice', body: { companyName: 'Wonderland Inc' } },
  },
  {
    operationId: 'UpdateUser',
    status: 404,
    state: NO_GHOST,
    request: { path: '/demo/users/ghost', body: { companyName: 'Nobody' } },
    example: 'ErrorUserNotFound',
  },
  {
    operationId: 'ChangeUserPassword',
    status: 200,
    state: ALICE,
    request: {
      path: '/demo/users/alice/change_password',
      body: { password: 'new-secret-77', password_confirmation: 'new-secret-77' },
    },
  },
  {
    operationId: 'ChangeUserPassword',
    status: 409,
    state: ALICE,
    request: {
      path: '/demo/users/alice/change_password',
      body: { password: 'new-secret-77', password_confirmation: 'other-secret-77' },
    },
    example: 'ErrorPasswordMismatch',
    description: 'InvalidArgument when the confirmation differs',
  },
  {
    operationId: 'ChangeUserPassword',
    status: 409,
    state: ALICE,
    request: { path: '/demo/users/alice/change_password', body: {} },
    example: 'ErrorMissingPasswordParameters',
    description: 'MissingParameter without the passwords',
  },
  { operationId: 'DeleteUser', status: 204, state: ALICE, request: { path: '/demo/users/alice' } },
  {
    operationId: 'DeleteUser',
    status: 404,
    state: NO_GHOST,
    request: { path: '/demo/users/ghost' },
    example: 'ErrorUserNotFound',
  },
  {
    operationId: 'ListUserKeys',
    status: 200,
    state: WITH_KEY,
    request: { path: '/demo/users/alice/keys' },
  },
  {
    operationId: 'ListUserKeys',
    status: 404,
    state: NO_GHOST,
    request: { path: '/demo/users/ghost/keys' },
    example: 'ErrorUserNotFound',
  },
  {
    operationId: 'CreateUserKey',
    status: 201,
    state: NO_KEYS,
    request: { path: '/demo/users/alice/keys', body: ALICE_KEY },
  },
  {
    operationId: 'CreateUserKey',
    status: 409,
    state: WITH_KEY,
    request: { path: '/demo/users/alice/keys', body: ALICE_KEY },
    example: 'ErrorDuplicateKey',
  },
  {
    operationId: 'GetUserKey',
    status: 200,
    state: WITH_KEY,
    request: { path: '/demo/users/alice/keys/alice-laptop' },
  },
  {
    operationId: 'GetUserKey',
    status: 404,
    state: NO_KEYS,
    request: { path: '/demo/users/alice/keys/alice-desktop' },
    example: 'ErrorKeyNotFound',
  },
  {
    operationId: 'DeleteUserKey',
    status: 204,
    state: WITH_KEY,
    request: { path: '/demo/users/alice/keys/alice-laptop' },
  },
];
