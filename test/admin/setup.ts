import { afterAll, beforeAll } from 'vitest';
import type { StubOptions } from '../../src/core/serving/server.ts';
import {
  bearer,
  call,
  startTestStub,
  type Answer,
  type CallInit,
  type TestStub,
} from '../support/stub.ts';

export const CAROL = { login: 'carol', email: 'carol@example.com', password: 'Carol-secret-41x' };

export interface AdminStub {
  stub: TestStub;
  /** Calls the admin API under `/__facsimile`. */
  admin(method: string, path: string, init?: CallInit): Promise<Answer>;
  /** Calls Triton as the demo account, in `session` when given. */
  triton(method: string, path: string, session?: string, init?: CallInit): Promise<Answer>;
}

export function adminOf(stub: TestStub): AdminStub {
  return {
    stub,
    // A POST says it is JSON even without a body, as the admin API asks of every POST.
    admin: (method, path, init = {}) =>
      call(`${stub.url}/__facsimile${path}`, method, {
        ...init,
        headers: {
          ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
          ...init.headers,
        },
      }),
    triton: (method, path, session, init = {}) =>
      stub.call('triton', method, path, {
        ...init,
        headers: {
          ...bearer(),
          ...(session ? { 'x-facsimile-session': session } : {}),
          ...init.headers,
        },
      }),
  };
}

/** A real stub (store file in a temp dir) for the calling test file. */
export function useAdminStub(options: Partial<StubOptions> = {}) {
  let current: AdminStub | undefined;
  beforeAll(async () => {
    current = adminOf(await startTestStub(options));
  });
  afterAll(() => current?.stub.dispose());
  return (): AdminStub => {
    if (!current) throw new Error('the stub is not started yet');
    return current;
  };
}
