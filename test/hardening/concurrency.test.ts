import { afterEach, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import type { ComputeStacksData } from '../../src/apis/computestacks/state.ts';
import type { ScalingoData } from '../../src/apis/scalingo/state.ts';
import type { ScalingoDbData } from '../../src/apis/scalingo-db/state.ts';
import type { ScalrData } from '../../src/apis/scalr/state.ts';
import type { TritonData } from '../../src/apis/triton/state.ts';
import { startStub, type RunningStub } from '../../src/core/serving/server.ts';
import type { ApiName } from '../../src/core/specs/spec-files.ts';
import { storeOnDisk } from '../support/store-on-disk.ts';
import {
  bearer,
  startTestStub,
  type Answer,
  type CallInit,
  type TestStub,
} from '../support/stub.ts';

const CREATES = 200;
const SAME_NAME = 50;
const MY_DB = 'my-db-123';
const MY_DB_ID = '5c599fd6f18b3202f7ab4e66';
const JSON_API = 'application/vnd.api+json';

const stubs: { dispose(): Promise<void> }[] = [];
afterEach(async () => {
  // Newest first: a restarted stub writes into its predecessor's directory as it closes.
  for (const stub of stubs.splice(0).reverse()) await stub.dispose();
});

async function testStub(): Promise<TestStub> {
  const stub = await startTestStub({ apiPorts: false });
  stubs.push(stub);
  return stub;
}

/** A second stub on the first one's file: what a restart sees. */
async function restarted(dbFile: string): Promise<RunningStub> {
  const stub = await startStub({ apis: allApis, db: dbFile, apiPorts: false });
  stubs.push({ dispose: () => stub.close() });
  return stub;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** One create per API that has one: the request for user `i`, and the keys it leaves in the data. */
interface CreateCase {
  api: ApiName;
  operation: string;
  request(i: number): { method: string; path: string; init: CallInit };
  /** The key of user `i` as the stored data holds it. */
  key(i: number): string;
  /** Every such key in the API's stored data. */
  stored(data: unknown): string[];
}

const createCases: CreateCase[] = [
  {
    api: 'scalingo-db',
    operation: 'createDatabaseUser',
    request: (i) => ({
      method: 'POST',
      path: `/api/databases/${MY_DB}/users`,
      init: {
        body: {
          database_user: {
            name: `hardening-${i}`,
            password: `hardening-password-${i}-abcdefghijkl`,
            password_confirmation: `hardening-password-${i}-abcdefghijkl`,
          },
        },
      },
    }),
    key: (i) => `hardening-${i}`,
    stored: (data) =>
      (data as ScalingoDbData).users
        .filter((row) => row.database === MY_DB_ID)
        .map((row) => row.user.name),
  },
  {
    api: 'computestacks',
    operation: 'createUser',
    request: (i) => ({
      method: 'POST',
      path: '/api/users',
      init: {
        body: {
          user: { fname: 'Hardening', lname: `User ${i}`, email: `hardening-${i}@example.com` },
          provider_server: 'server1.example.com',
          provider_username: `hardening${i}`,
        },
      },
    }),
    key: (i) => `hardening-${i}@example.com`,
    stored: (data) => (data as ComputeStacksData).accounts.map((account) => account.user.email),
  },
  {
    api: 'triton',
    operation: 'CreateUser',
    request: (i) => ({
      method: 'POST',
      path: '/demo/users',
      init: {
        body: {
          login: `hardening${i}`,
          email: `hardening-${i}@example.com`,
          password: `hardening-secret-${i}`,
        },
      },
    }),
    key: (i) => `hardening${i}`,
    stored: (data) =>
      (data as TritonData).users
        .filter((row) => row.account === 'demo')
        .map((row) => row.user.login),
  },
  {
    api: 'scalr',
    operation: 'createUser',
    request: (i) => ({
      method: 'POST',
      path: '/api/iacp/v3/users',
      init: {
        headers: { 'content-type': JSON_API },
        body: {
          data: {
            type: 'users',
            attributes: {
              email: `hardening-${i}@example.com`,
              username: `hardening-${i}`,
              password: `Hardening-${i}-secret!`,
            },
          },
        },
      },
    }),
    key: (i) => `hardening-${i}@example.com`,
    stored: (data) => (data as ScalrData).users.map((row) => row.user.attributes.email),
  },
];

/** Fires every request at once and waits for every answer. */
function concurrently(stub: TestStub, api: ApiName, request: CreateCase['request'], n: number) {
  return Promise.all(
    range(n).map((i) => {
      const { method, path, init } = request(i);
      return stub.call(api, method, path, { ...init, headers: { ...bearer(), ...init.headers } });
    }),
  );
}

const statusesOf = (answers: Answer[]) => {
  const counts: Record<number, number> = {};
  for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
  return counts;
};

/** What a restart would load: the store file with its change log replayed. */
async function dataOnDisk(file: string, api: ApiName): Promise<unknown> {
  return (await storeOnDisk(file)).apis[api];
}

describe(`${CREATES} concurrent creates of distinct users`, () => {
  it.each(createCases.map((c) => [c.api, c.operation, c] as const))(
    '%s %s: every create answers 201, is on disk when acknowledged, and survives a restart',
    async (api, _operation, createCase) => {
      const stub = await testStub();
      const answers = await concurrently(stub, api, createCase.request, CREATES);
      expect(statusesOf(answers)).toEqual({ 201: CREATES });
      const expected = range(CREATES).map(createCase.key).sort();

      // Acknowledged means written: the file already holds every create, before any shutdown.
      const written = createCase.stored(await dataOnDisk(stub.dbFile, api));
      expect(written.filter((key) => expected.includes(key)).sort()).toEqual(expected);

      await stub.close();
      const again = await restarted(stub.dbFile);
      const kept = createCase.stored(again.runtime.dataOf(api));
      expect(kept.filter((key) => expected.includes(key)).sort()).toEqual(expected);
      // Each key once: no create was applied twice.
      expect(new Set(kept).size).toBe(kept.length);
    },
  );

  // The Scalingo account API has no create (accounts are made by the dashboard, not the API), so
  // its write under load is the profile update: 200 concurrent PUT /v1/users/account on one
  // account, each adding its own flag. Flags merge, so every update must be kept, and each answer
  // must show the account as it was right after that update: with 1, 2, ..., 200 flags.
  it(`scalingo updateAccount: ${CREATES} concurrent updates of one account are all kept`, async () => {
    const stub = await testStub();
    const flag = (i: number) => `hardening_${i}`;
    const answers = await Promise.all(
      range(CREATES).map((i) =>
        stub.call('scalingo', 'PUT', '/v1/users/account', {
          headers: bearer(),
          body: { user: { flags: { [flag(i)]: true } } },
        }),
      ),
    );
    expect(statusesOf(answers)).toEqual({ 200: CREATES });
    answers.forEach((answer, i) => expect(answer.body.user.flags[flag(i)]).toBe(true));
    const sizes = answers.map((answer) => Object.keys(answer.body.user.flags).length);
    expect(sizes.sort((a, b) => a - b)).toEqual(range(CREATES).map((i) => i + 1));

    const expected = range(CREATES).map(flag).sort();
    const flagsIn = (data: unknown) =>
      Object.keys(
        (data as ScalingoData).accounts.find((account) =>
          account.tokens.includes('facsimile-demo'),
        )!.user.flags ?? {},
      ).sort();
    expect(flagsIn(await dataOnDisk(stub.dbFile, 'scalingo'))).toEqual(expected);
    await stub.close();
    const again = await restarted(stub.dbFile);
    expect(flagsIn(again.runtime.dataOf('scalingo'))).toEqual(expected);
  });
});

describe(`${SAME_NAME} concurrent creates of one name`, () => {
  it('triton CreateUser: exactly one 201, the rest 409 InvalidArgument, one stored user', async () => {
    const stub = await testStub();
    const body = { login: 'samename', email: 'same@example.com', password: 'same-secret-42' };
    const answers = await Promise.all(
      range(SAME_NAME).map(() =>
        stub.call('triton', 'POST', '/demo/users', { headers: bearer(), body }),
      ),
    );
    expect(statusesOf(answers)).toEqual({ 201: 1, 409: SAME_NAME - 1 });
    for (const answer of answers.filter((a) => a.status === 409))
      expect(answer.body).toEqual({
        code: 'InvalidArgument',
        message: 'Login is already taken',
      });
    const data = (await dataOnDisk(stub.dbFile, 'triton')) as TritonData;
    expect(data.users.filter((row) => row.user.login === 'samename')).toHaveLength(1);
  });

  it('scalingo-db createDatabaseUser: exactly one 201, the rest 422 name taken, one stored user', async () => {
    const stub = await testStub();
    const password = 'same-password-abcdefghijklmnop';
    const body = {
      database_user: { name: 'same-name', password, password_confirmation: password },
    };
    const answers = await Promise.all(
      range(SAME_NAME).map(() =>
        stub.call('scalingo-db', 'POST', `/api/databases/${MY_DB}/users`, {
          headers: bearer(),
          body,
        }),
      ),
    );
    expect(statusesOf(answers)).toEqual({ 201: 1, 422: SAME_NAME - 1 });
    for (const answer of answers.filter((a) => a.status === 422))
      expect(answer.body).toEqual({ errors: { name: ['has already been taken'] } });
    const data = (await dataOnDisk(stub.dbFile, 'scalingo-db')) as ScalingoDbData;
    expect(
      data.users.filter((row) => row.database === MY_DB_ID && row.user.name === 'same-name'),
    ).toHaveLength(1);
  });

  it('scalr createUser: exactly one 201, the rest 422 email taken, one stored user', async () => {
    const stub = await testStub();
    const body = {
      data: { type: 'users', attributes: { email: 'same@example.com', username: 'same' } },
    };
    const answers = await Promise.all(
      range(SAME_NAME).map(() =>
        stub.call('scalr', 'POST', '/api/iacp/v3/users', {
          headers: { ...bearer(), 'content-type': JSON_API },
          body,
        }),
      ),
    );
    expect(statusesOf(answers)).toEqual({ 201: 1, 422: SAME_NAME - 1 });
    const data = (await dataOnDisk(stub.dbFile, 'scalr')) as ScalrData;
    expect(
      data.users.filter((row) => row.user.attributes.email === 'same@example.com'),
    ).toHaveLength(1);
  });
});
