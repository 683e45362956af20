import { afterAll, beforeAll, beforeEach } from 'vitest';
import { computestacksApi } from '../../../src/apis/computestacks/index.ts';
import type { ComputeStacksData } from '../../../src/apis/computestacks/state.ts';
import { exampleOf } from '../../support/examples.ts';
import { bearer, startTestStub, type CallInit, type TestStub } from '../../support/stub.ts';

export const USERS = '/api/users';
export const DEMO_BASIC = { username: 'john-doe-api', password: 'facsimile-demo-password' };
export const basic = (username: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`,
});
export const example = <T = Record<string, unknown>>(name: string) =>
  exampleOf<T>('computestacks', name);

/** John Doe as GET /api/users answers: the document's example plus what show.rabl always sends. */
export const docUser = () => {
  const { user } = example<{ user: Record<string, unknown> }>('DocUser');
  return { user: { ...user, c_sftp_pass: true } };
};

export const createBody = (user: Record<string, unknown>, settings = true) => ({
  user,
  ...(settings ? { provider_server: 'server1.example.com', provider_username: 'jsmith' } : {}),
});

/**
 * Starts a ComputeStacks-only stub for the calling test file (beforeAll), resets it before each
 * test and disposes of it afterwards. Call it once at the top level of every test file.
 */
export function useComputeStacksStub() {
  let stub: TestStub;
  beforeAll(async () => {
    stub = await startTestStub({ apis: [computestacksApi] });
  });
  afterAll(() => stub.dispose());
  beforeEach(() => stub.reset('computestacks'));

  /** Calls the API with the demo token unless the call names other credentials. */
  const api = (method: string, path: string, init: CallInit = {}) =>
    stub.call('computestacks', method, path, {
      ...init,
      headers: { ...bearer(), ...init.headers },
    });

  return {
    /** The running stub (set in beforeAll). */
    get stub() {
      return stub;
    },
    api,
    data: () => stub.runtime.dataOf('computestacks') as ComputeStacksData,
    currentUser: async (headers: Record<string, string> = bearer()) =>
      (await api('GET', '/api/users', { headers })).body.user,
  };
}
