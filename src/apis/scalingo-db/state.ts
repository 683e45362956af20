import type { components } from '../../generated/scalingo-db.ts';
import { Table } from '../../core/table.ts';

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

export interface ScalingoDbState {
  data: ScalingoDbData;
  databases: Table<StoredDatabase>;
  /** Addon token → its database; tokens never change at run time. */
  databaseByToken: Map<string, StoredDatabase>;
  users: DatabaseUsers;
}

export function openScalingoDb(data: ScalingoDbData): ScalingoDbState {
  const databaseByToken = new Map<string, StoredDatabase>();
  for (const database of data.databases)
    for (const token of database.tokens) databaseByToken.set(token, database);
  return {
    data,
    databases: new Table(data.databases, {
      id: (database) => database.id,
      name: (database) => database.name,
      addon: (database) => database.addon_id,
    }),
    databaseByToken,
    users: new DatabaseUsers(data.users),
  };
}

/** A database named by `{db}`: its id, its name or its addon id. */
export function findDatabase(state: ScalingoDbState, ref: string): StoredDatabase | undefined {
  return (
    state.databases.find('id', ref) ??
    state.databases.find('name', ref) ??
    state.databases.find('addon', ref)
  );
}

const memberKey = (database: string, name: string) => `${database}/${name}`;

/**
 * The users of every database, in one stored list: found by (database, name)
 * through the table's index, and listed per database through a second index
 * that keeps each database's users in creation order, so neither scans.
 */
export class DatabaseUsers {
  readonly #table: Table<StoredDatabaseUser>;
  readonly #byDatabase = new Map<string, Map<string, StoredDatabaseUser>>();

  constructor(rows: StoredDatabaseUser[]) {
    this.#table = new Table(rows, { member: (row) => memberKey(row.database, row.user.name) });
    for (const row of rows) this.#membersOf(row.database).set(row.user.name, row);
  }

  find(database: string, name: string): StoredDatabaseUser | undefined {
    return this.#table.find('member', memberKey(database, name));
  }

  list(database: string): StoredDatabaseUser[] {
    return [...(this.#byDatabase.get(database)?.values() ?? [])];
  }

  insert(row: StoredDatabaseUser): StoredDatabaseUser {
    this.#table.insert(row);
    this.#membersOf(row.database).set(row.user.name, row);
    return row;
  }

  /** Replaces a row with a new version of the same user (same database, same name). */
  replace(row: StoredDatabaseUser, next: StoredDatabaseUser): StoredDatabaseUser {
    this.#table.replace(row, next);
    this.#membersOf(next.database).set(next.user.name, next);
    return next;
  }

  remove(row: StoredDatabaseUser): void {
    this.#table.remove(row);
    this.#byDatabase.get(row.database)?.delete(row.user.name);
  }

  #membersOf(database: string): Map<string, StoredDatabaseUser> {
    let members = this.#byDatabase.get(database);
    if (!members) {
      members = new Map();
      this.#byDatabase.set(database, members);
    }
    return members;
  }
}
