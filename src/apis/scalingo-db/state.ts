import type { components } from '../../generated/scalingo-db.ts';
import type { Table, TableSpecs, TablesOf } from '../../core/state/index.ts';

export type DatabaseUser = components['schemas']['DatabaseUser'];
export type DatabaseUserWithPassword = components['schemas']['DatabaseUserWithPassword'];
export type PasswordEncryption = NonNullable<
  NonNullable<DatabaseUser['dbms_attributes']>['password_encryption']
>;

/** The engines whose users Scalingo manages (Scalingo CLI `db/users/utils.go`). */
export type DatabaseType = 'postgresql' | 'mysql' | 'mongodb' | 'influxdb';

/** A database addon: what `{db}` can name, and the addon tokens that open it. */
export interface StoredDatabase {
  /** The database id (`5c599fd6f18b3202f7ab4e66` in the document). */
  id: string;
  name: string;
  /** The addon id (`ad-…`) that go-scalingo and scalingo.js send as `{db}`. */
  addon_id: string;
  type: DatabaseType;
  /** Addon tokens valid for this database only. */
  tokens: string[];
}

/** A database user: the resource exactly as the API returns it, plus its password digest. */
export interface StoredDatabaseUser {
  /** The id of the database the user belongs to. */
  database: string;
  user: DatabaseUser;
  /** `salt$digest` of the current password; `null` when it was never set through the API. */
  passwordHash: string | null;
}

export interface ScalingoDbData {
  /** Tokens valid for every database (the facsimile demo token). */
  demoTokens: string[];
  databases: StoredDatabase[];
  users: StoredDatabaseUser[];
}

const memberKey = (database: string, name: string) => `${database}/${name}`;

export const SCALINGO_DB_TABLES = {
  databases: {
    key: (database: StoredDatabase) => database.id,
    unique: {
      name: (database: StoredDatabase) => database.name,
      addon: (database: StoredDatabase) => database.addon_id,
      token: (database: StoredDatabase) => database.tokens,
    },
  },
  users: {
    key: (row: StoredDatabaseUser) => memberKey(row.database, row.user.name),
    groups: { database: (row: StoredDatabaseUser) => row.database },
  },
} satisfies TableSpecs;

export interface ScalingoDbSettings {
  /** Tokens valid for every database (the facsimile demo token). */
  demoTokens: string[];
}

export interface ScalingoDbState {
  settings: ScalingoDbSettings;
  databases: Table<StoredDatabase>;
  users: DatabaseUsers;
}

export function openScalingoDb(
  tables: TablesOf<typeof SCALINGO_DB_TABLES>,
  settings: ScalingoDbSettings,
): ScalingoDbState {
  return { settings, databases: tables.databases, users: new DatabaseUsers(tables.users) };
}

/** A database named by `{db}`: its id, its name or its addon id. */
export function findDatabase(state: ScalingoDbState, ref: string): StoredDatabase | undefined {
  return (
    state.databases.get(ref) ??
    state.databases.find('name', ref) ??
    state.databases.find('addon', ref)
  );
}

/** The users of every database: found by (database, name), listed per database in creation order. */
export class DatabaseUsers {
  readonly #table: Table<StoredDatabaseUser>;

  constructor(table: Table<StoredDatabaseUser>) {
    this.#table = table;
  }

  find(database: string, name: string): StoredDatabaseUser | undefined {
    return this.#table.get(memberKey(database, name));
  }

  list(database: string): readonly StoredDatabaseUser[] {
    return this.#table.group('database', database);
  }

  insert(row: StoredDatabaseUser): StoredDatabaseUser {
    return this.#table.insert(row);
  }

  /** Replaces a row with a new version of the same user (same database, same name). */
  replace(row: StoredDatabaseUser, next: StoredDatabaseUser): StoredDatabaseUser {
    return this.#table.replace(row, next);
  }

  remove(row: StoredDatabaseUser): void {
    this.#table.remove(row);
  }
}
