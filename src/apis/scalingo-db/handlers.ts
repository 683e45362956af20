import {
  reply,
  type Handler,
  ApiError,
  type Issue,
  type BodyOf,
  hashPassword,
} from '../../core/api/index.ts';
import type { operations } from '../../generated/scalingo-db.ts';
import type { ScalingoDbPrincipal } from './auth.ts';
import {
  NOT_DELETABLE,
  assertNotProtected,
  databaseFor,
  dbmsAttributesFor,
  generatePassword,
  notUpdatable,
  userFor,
} from './lookups.ts';
import type { DatabaseUser, DatabaseUserWithPassword, ScalingoDbState } from './state.ts';

type ScalingoDbHandler = Handler<ScalingoDbState, ScalingoDbPrincipal>;
type NewUser = BodyOf<operations['createDatabaseUser']>['database_user'];
type PasswordChange = BodyOf<operations['updateDatabaseUser']>['database_user'];

const bodyIssue = (field: string, message: string): Issue => ({
  location: 'body',
  pointer: `/database_user/${field}`,
  message,
});

const CONFIRMATION_MISMATCH = bodyIssue('password_confirmation', "doesn't match Password");

/** The fields in the order the document prints them, the password after `protected`. */
function withPassword(user: DatabaseUser, password: string): DatabaseUserWithPassword {
  const { name, read_only, protected: isProtected, ...rest } = user;
  return { name, read_only, protected: isProtected, password, ...rest };
}

const listDatabaseUsers: ScalingoDbHandler = ({ state, principal, params }) => {
  const database = databaseFor(state, principal, params.db);
  const users = state.users.list(database.id).map((row) => row.user);
  return reply(200, { 'database-users': users });
};

/**
 * Checks every rule before inserting, as Rails reports all of a record's
 * errors at once. Check and insert run without an await between them, so
 * concurrent creates of one name cannot both pass the uniqueness check.
 */
const createDatabaseUser: ScalingoDbHandler = ({ state, principal, params, body }) => {
  const database = databaseFor(state, principal, params.db);
  const input = (body as { database_user: NewUser }).database_user;
  const password = input.password ?? null;
  const issues: Issue[] = [];
  if (state.users.find(database.id, input.name))
    issues.push(bodyIssue('name', 'has already been taken'));
  if (password !== (input.password_confirmation ?? null)) issues.push(CONFIRMATION_MISMATCH);
  if (issues.length > 0) {
    throw new ApiError({
      kind: issues.includes(CONFIRMATION_MISMATCH) ? 'invalid' : 'conflict',
      message: 'the database user is invalid',
      issues,
    });
  }
  const user: DatabaseUser = {
    name: input.name,
    read_only: input.read_only === true,
    protected: false,
    ...dbmsAttributesFor(database.type),
  };
  const chosen = password ?? generatePassword();
  state.users.insert({ database: database.id, user, passwordHash: hashPassword(chosen) });
  return reply(201, { database_user: withPassword(user, chosen) });
};

const updateDatabaseUser: ScalingoDbHandler = ({ state, principal, params, body }) => {
  const database = databaseFor(state, principal, params.db);
  const row = userFor(state, database, params.username);
  assertNotProtected(row.user, notUpdatable(row.user));
  const change = (body as { database_user: PasswordChange }).database_user;
  if (change.password !== change.password_confirmation) {
    throw new ApiError({
      kind: 'invalid',
      message: "password_confirmation doesn't match Password",
      issues: [CONFIRMATION_MISMATCH],
    });
  }
  state.users.replace(row, { ...row, passwordHash: hashPassword(change.password) });
  return reply(200, { database_user: row.user });
};

const resetDatabaseUserPassword: ScalingoDbHandler = ({ state, principal, params }) => {
  const database = databaseFor(state, principal, params.db);
  const row = userFor(state, database, params.username);
  assertNotProtected(row.user, notUpdatable(row.user));
  const password = generatePassword();
  state.users.replace(row, { ...row, passwordHash: hashPassword(password) });
  return reply(200, { database_user: withPassword(row.user, password) });
};

const deleteDatabaseUser: ScalingoDbHandler = ({ state, principal, params }) => {
  const database = databaseFor(state, principal, params.db);
  const row = userFor(state, database, params.username);
  assertNotProtected(row.user, NOT_DELETABLE);
  state.users.remove(row);
  return reply(204);
};

export const scalingoDbHandlers = {
  listDatabaseUsers,
  createDatabaseUser,
  updateDatabaseUser,
  resetDatabaseUserPassword,
  // The document's example posts the reset to the user's own path.
  resetDatabaseUserPasswordAtUser: resetDatabaseUserPassword,
  deleteDatabaseUser,
};
