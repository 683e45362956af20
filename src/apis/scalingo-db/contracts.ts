import type { ContractCase } from '../../core/api/index.ts';

const USERS = '/api/databases/my-db-123/users';
const MY_USER = `${USERS}/my-user`;
const PROTECTED = `${USERS}/my-db-123`;
const NOBODY = `${USERS}/nobody-here`;
const NO_DB = '/api/databases/no-such-db/users';

const WITH_MY_USER = "a Scalingo database 'my-db-123' with user 'my-user'";
const WITHOUT_MY_USER = "a Scalingo database 'my-db-123' without user 'my-user'";
const WITH_PROTECTED = "a Scalingo database 'my-db-123' with protected user 'my-db-123'";
const WITHOUT_NOBODY = "a Scalingo database 'my-db-123' without user 'nobody-here'";
const NO_SUCH_DB = "no Scalingo database 'no-such-db'";

const BAD_TOKEN = { authorization: 'Bearer not-a-token' };
const PASSWORD = 'K_gaef6ripo7Ao4Uaxai6Kiey';

/** The spec's CreateUserRequest: my-user with a generated password. */
const createMyUser = {
  database_user: {
    database_id: '5c599fd6f18b3202f7ab4e66',
    name: 'my-user',
    read_only: false,
    password: null,
    password_confirmation: null,
  },
};
/** The spec's UpdateUserPasswordRequest. */
const newPassword = {
  database_user: { database_id: 'my-db-123', password: PASSWORD, password_confirmation: PASSWORD },
};
const newUser = (fields: Record<string, unknown>) => ({
  database_user: { database_id: '5c599fd6f18b3202f7ab4e66', ...fields },
});

/** One interaction per operation and documented response of the Scalingo database-users API. */
export const scalingoDbContracts: ContractCase[] = [
  // listDatabaseUsers
  { operationId: 'listDatabaseUsers', status: 200, state: WITH_MY_USER, request: { path: USERS } },
  {
    operationId: 'listDatabaseUsers',
    status: 401,
    state: WITH_MY_USER,
    request: { path: USERS, headers: BAD_TOKEN },
  },
  {
    operationId: 'listDatabaseUsers',
    status: 404,
    state: NO_SUCH_DB,
    request: { path: NO_DB },
    example: 'DatabaseNotFound',
  },

  // createDatabaseUser
  {
    operationId: 'createDatabaseUser',
    status: 201,
    state: WITHOUT_MY_USER,
    request: { path: USERS, body: createMyUser },
    example: 'CreatedUser',
  },
  {
    operationId: 'createDatabaseUser',
    status: 401,
    state: WITHOUT_MY_USER,
    request: { path: USERS, headers: BAD_TOKEN, body: createMyUser },
  },
  {
    operationId: 'createDatabaseUser',
    status: 404,
    state: NO_SUCH_DB,
    request: { path: NO_DB, body: createMyUser },
    example: 'DatabaseNotFound',
  },
  {
    operationId: 'createDatabaseUser',
    status: 422,
    state: WITH_MY_USER,
    request: { path: USERS, body: createMyUser },
    example: 'NameTaken',
    description: 'name has already been taken',
  },
  {
    operationId: 'createDatabaseUser',
    status: 422,
    state: WITHOUT_MY_USER,
    request: { path: USERS, body: newUser({ name: 'My_User' }) },
    example: 'NameInvalid',
    description: 'name is invalid',
  },
  {
    operationId: 'createDatabaseUser',
    status: 422,
    state: WITHOUT_MY_USER,
    request: { path: USERS, body: newUser({ read_only: true }) },
    example: 'NameMissing',
    description: 'name missing',
  },
  {
    operationId: 'createDatabaseUser',
    status: 422,
    state: WITHOUT_MY_USER,
    request: { path: USERS, body: newUser({ name: 'my-user', password: 'x'.repeat(23) }) },
    example: 'PasswordTooShort',
    description: 'password too short',
  },
  {
    operationId: 'createDatabaseUser',
    status: 422,
    state: WITHOUT_MY_USER,
    request: {
      path: USERS,
      body: newUser({ name: 'my-user', password: PASSWORD, password_confirmation: 'q'.repeat(24) }),
    },
    example: 'PasswordConfirmationMismatch',
    description: 'password confirmation differs',
  },
  {
    operationId: 'createDatabaseUser',
    status: 422,
    state: WITHOUT_MY_USER,
    request: { path: USERS, body: { name: 'my-user' } },
    example: 'DatabaseUserMissing',
    description: 'database_user missing',
  },

  // updateDatabaseUser
  {
    operationId: 'updateDatabaseUser',
    status: 200,
    state: WITH_MY_USER,
    request: { path: MY_USER, body: newPassword },
    example: 'UpdatedUser',
  },
  {
    operationId: 'updateDatabaseUser',
    status: 401,
    state: WITH_MY_USER,
    request: { path: MY_USER, headers: BAD_TOKEN, body: newPassword },
  },
  {
    operationId: 'updateDatabaseUser',
    status: 403,
    state: WITH_PROTECTED,
    request: { path: PROTECTED, body: newPassword },
    example: 'ProtectedUserNotUpdatable',
  },
  {
    operationId: 'updateDatabaseUser',
    status: 404,
    state: NO_SUCH_DB,
    request: { path: `${NO_DB}/my-user`, body: newPassword },
    example: 'DatabaseNotFound',
    description: 'unknown database',
  },
  {
    operationId: 'updateDatabaseUser',
    status: 404,
    state: WITHOUT_NOBODY,
    request: { path: NOBODY, body: newPassword },
    example: 'DatabaseUserNotFound',
    description: 'unknown user',
  },
  {
    operationId: 'updateDatabaseUser',
    status: 422,
    state: WITH_MY_USER,
    request: { path: MY_USER, body: { database_user: { password_confirmation: PASSWORD } } },
    example: 'PasswordMissing',
    description: 'password missing',
  },
  {
    operationId: 'updateDatabaseUser',
    status: 422,
    state: WITH_MY_USER,
    request: {
      path: MY_USER,
      body: { database_user: { password: 'x'.repeat(23), password_confirmation: PASSWORD } },
    },
    example: 'PasswordTooShort',
    description: 'password too short',
  },
  {
    operationId: 'updateDatabaseUser',
    status: 422,
    state: WITH_MY_USER,
    request: {
      path: MY_USER,
      body: { database_user: { password: PASSWORD, password_confirmation: 'q'.repeat(24) } },
    },
    example: 'PasswordConfirmationMismatch',
    description: 'password confirmation differs',
  },
  {
    operationId: 'updateDatabaseUser',
    status: 422,
    state: WITH_MY_USER,
    request: { path: MY_USER, body: {} },
    example: 'DatabaseUserMissing',
    description: 'database_user missing',
  },

  // resetDatabaseUserPassword
  {
    operationId: 'resetDatabaseUserPassword',
    status: 200,
    state: WITH_MY_USER,
    request: { path: `${MY_USER}/reset_password`, body: {} },
    example: 'ResetPasswordUser',
  },
  {
    operationId: 'resetDatabaseUserPassword',
    status: 401,
    state: WITH_MY_USER,
    request: { path: `${MY_USER}/reset_password`, headers: BAD_TOKEN, body: {} },
  },
  {
    operationId: 'resetDatabaseUserPassword',
    status: 403,
    state: WITH_PROTECTED,
    request: { path: `${PROTECTED}/reset_password`, body: {} },
    example: 'ProtectedUserNotUpdatable',
  },
  {
    operationId: 'resetDatabaseUserPassword',
    status: 404,
    state: NO_SUCH_DB,
    request: { path: `${NO_DB}/my-user/reset_password`, body: {} },
    example: 'DatabaseNotFound',
    description: 'unknown database',
  },
  {
    operationId: 'resetDatabaseUserPassword',
    status: 404,
    state: WITHOUT_NOBODY,
    request: { path: `${NOBODY}/reset_password`, body: {} },
    example: 'DatabaseUserNotFound',
    description: 'unknown user',
  },
  {
    operationId: 'resetDatabaseUserPasswordAtUser',
    status: 200,
    state: WITH_MY_USER,
    request: { path: MY_USER, body: {} },
    example: 'ResetPasswordUser',
  },

  // deleteDatabaseUser
  {
    operationId: 'deleteDatabaseUser',
    status: 204,
    state: WITH_MY_USER,
    request: { path: MY_USER },
  },
  {
    operationId: 'deleteDatabaseUser',
    status: 401,
    state: WITH_MY_USER,
    request: { path: MY_USER, headers: BAD_TOKEN },
  },
  {
    operationId: 'deleteDatabaseUser',
    status: 403,
    state: WITH_PROTECTED,
    request: { path: PROTECTED },
    example: 'ProtectedUserNotDeletable',
  },
  {
    operationId: 'deleteDatabaseUser',
    status: 404,
    state: NO_SUCH_DB,
    request: { path: `${NO_DB}/my-user` },
    example: 'DatabaseNotFound',
    description: 'unknown database',
  },
  {
    operationId: 'deleteDatabaseUser',
    status: 404,
    state: WITHOUT_NOBODY,
    request: { path: NOBODY },
    example: 'DatabaseUserNotFound',
    description: 'unknown user',
  },
];
