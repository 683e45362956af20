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

const users = `${BASE}/users`;
const jane = `${users}/${JANE}`;
const ghost = `${users}/${GHOST}`;

/** listUsers, createUser, getUser, updateUser and deleteUser: one interaction per documented response. */
export const userContracts: ContractCase[] = [
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
