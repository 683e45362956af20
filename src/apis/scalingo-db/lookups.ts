import { randomInt } from 'node:crypto';
import { ApiError } from '../../core/api/index.ts';
import type { ScalingoDbPrincipal } from './auth.ts';
import {
  findDatabase,
  type DatabaseType,
  type DatabaseUser,
  type ScalingoDbState,
  type StoredDatabase,
  type StoredDatabaseUser,
} from './state.ts';

/**
 * The database `{db}` names, if the caller may see it. An addon token for
 * another database gets the same 404 as an unknown one: the token proves
 * nothing about other databases, and Scalingo hides what a caller cannot reach.
 */
export function databaseFor(
  state: ScalingoDbState,
  principal: ScalingoDbPrincipal,
  ref: string | undefined,
): StoredDatabase {
  const database = ref === undefined ? undefined : findDatabase(state, ref);
  const visible =
    database &&
    (principal.scope === 'every-database' || principal.addonIds.includes(database.addon_id));
  if (!database || !visible)
    throw new ApiError({ kind: 'notFound', message: 'database not found', resource: 'database' });
  return database;
}

export function userFor(
  state: ScalingoDbState,
  database: StoredDatabase,
  name: string | undefined,
): StoredDatabaseUser {
  const row = name === undefined ? undefined : state.users.find(database.id, name);
  if (!row)
    throw new ApiError({
      kind: 'notFound',
      message: 'database user not found',
      resource: 'database_user',
    });
  return row;
}

/** Platform-managed users refuse changes with 403 (the document: they "cannot be updated"). */
export function assertNotProtected(user: DatabaseUser, message: string): void {
  if (user.protected) throw new ApiError({ kind: 'forbidden', message });
}

export const notUpdatable = (user: DatabaseUser) =>
  `User "${user.name}" is protected and cannot be updated`;
export const NOT_DELETABLE = 'Protected user is managed by the platform and cannot be deleted.';

/** Only PostgreSQL reports how a password is encrypted (the document's DBMS attributes). */
export function dbmsAttributesFor(type: DatabaseType): Pick<DatabaseUser, 'dbms_attributes'> {
  return type === 'postgresql' ? { dbms_attributes: { password_encryption: 'SCRAM-SHA-256' } } : {};
}

const PASSWORD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';
const GENERATED_PASSWORD_LENGTH = 25;

/** A password like the document's `K_gaef6ripo7Ao4Uaxai6Kiey`, from the CSPRNG. */
export function generatePassword(): string {
  let password = '';
  for (let i = 0; i < GENERATED_PASSWORD_LENGTH; i += 1)
    password += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
  return password;
}
