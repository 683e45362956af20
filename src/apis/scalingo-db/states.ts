import type { ProviderState } from '../../core/api/index.ts';
import { dbmsAttributesFor } from './lookups.ts';
import { findDatabase, type ScalingoDbState, type StoredDatabase } from './state.ts';

/** A database the seed holds (by id, name or addon id); states never invent databases. */
function seededDatabase(state: ScalingoDbState, ref: string): StoredDatabase {
  const database = findDatabase(state, ref);
  if (!database) throw new Error(`no seeded database ${ref}`);
  return database;
}

/**
 * Makes `username` a user of the database, protected or not: inserted as a
 * user created through the API would be (no password stored), or switched to
 * the wanted `protected` value. Running it again finds the user as wanted.
 */
function ensureUser(state: ScalingoDbState, ref: string, username: string, isProtected: boolean) {
  const database = seededDatabase(state, ref);
  const row = state.users.find(database.id, username);
  if (row?.user.protected === isProtected) return;
  if (row) {
    state.users.replace(row, { ...row, user: { ...row.user, protected: isProtected } });
    return;
  }
  state.users.insert({
    database: database.id,
    user: {
      name: username,
      read_only: false,
      protected: isProtected,
      ...dbmsAttributesFor(database.type),
    },
    passwordHash: null,
  });
}

export const scalingoDbStates: ProviderState<ScalingoDbState>[] = [
  {
    name: /^a Scalingo database '(?<db>[^']+)' with user '(?<username>[^']+)'$/,
    example: "a Scalingo database 'my-db-123' with user 'my-user'",
    setup(state, { db = 'my-db-123', username = '' }) {
      ensureUser(state, db, username, false);
    },
  },
  {
    name: /^a Scalingo database '(?<db>[^']+)' with protected user '(?<username>[^']+)'$/,
    example: "a Scalingo database 'my-db-123' with protected user 'my-db-123'",
    setup(state, { db = 'my-db-123', username = '' }) {
      ensureUser(state, db, username, true);
    },
  },
  {
    name: /^a Scalingo database '(?<db>[^']+)' without user '(?<username>[^']+)'$/,
    example: "a Scalingo database 'my-db-123' without user 'nobody-here'",
    setup(state, { db = 'my-db-123', username = '' }) {
      const database = seededDatabase(state, db);
      const row = state.users.find(database.id, username);
      if (row) state.users.remove(row);
    },
  },
  {
    name: /^no Scalingo database '(?<db>[^']+)'$/,
    example: "no Scalingo database 'no-such-db'",
    setup(state, { db = '' }) {
      const database = findDatabase(state, db);
      if (!database) return;
      for (const row of [...state.users.list(database.id)]) state.users.remove(row);
      state.databases.remove(database);
    },
  },
];
