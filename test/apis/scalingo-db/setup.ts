import { afterAll, beforeAll, beforeEach } from 'vitest';
import { scalingoDbApi } from '../../../src/apis/scalingo-db/index.ts';
import type { ScalingoDbData } from '../../../src/apis/scalingo-db/state.ts';
import { exampleOf } from '../../support/examples.ts';
import { bearer, startTestStub, type CallInit, type TestStub } from '../../support/stub.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const example = (name: string) => exampleOf<any>('scalingo-db', name);

export const USERS = '/api/databases/my-db-123/users';
export const DB_ID = example('CreateUserRequest').database_user.database_id as string;
export const ADDON_ID = example('CreateReadOnlyUserWithPasswordRequest').database_user
  .database_id as string;

export const newUser = (fields: Record<string, unknown>) => ({
  database_user: { database_id: DB_ID, ...fields },
});

/** Every operation with a body it accepts, for the checks every operation shares. */
export const operations: [string, string, string, unknown][] = [
  ['listDatabaseUsers', 'GET', USERS, undefined],
  ['createDatabaseUser', 'POST', USERS, example('CreateUserRequest')],
  ['updateDatabaseUser', 'PATCH', `${USERS}/metabase`, example('UpdateUserPasswordRequest')],
  ['resetDatabaseUserPassword', 'POST', `${USERS}/metabase/reset_password`, {}],
  ['deleteDatabaseUser', 'DELETE', `${USERS}/metabase`, undefined],
];

/**
 * Starts a Scalingo-DB-only stub for the calling test file (beforeAll), resets it before each
 * test and disposes of it afterwards. Call it once at the top level of every test file.
 */
export function useScalingoDbStub() {
  let stub: TestStub;
  beforeAll(async () => {
    stub = await startTestStub({ apis: [scalingoDbApi] });
  });
  afterAll(() => stub.dispose());
  beforeEach(() => stub.reset('scalingo-db'));

  const api = (method: string, path: string, init: CallInit = {}) =>
    stub.call('scalingo-db', method, path, { ...init, headers: { ...bearer(), ...init.headers } });
  const data = () => stub.runtime.dataOf('scalingo-db') as ScalingoDbData;

  return {
    /** The running stub (set in beforeAll). */
    get stub() {
      return stub;
    },
    api,
    data,
    demoDatabase: () => data().databases.find((database) => database.name !== 'my-db-123')!,
    hashOf: (name: string) =>
      data().users.find((row) => row.database === DB_ID && row.user.name === name)?.passwordHash,
    createMyUser: () => api('POST', USERS, { body: example('CreateUserRequest') }),
  };
}
