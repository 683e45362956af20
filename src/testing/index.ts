/**
 * facsimile for test runners: one stub for the whole run, an isolated session per test file.
 * @example
 * // vitest globalSetup
 * export default async function ({ provide }) {
 *   const stub = await startRunStub();
 *   provide('facsimile', stub.url);
 *   return stub.stop;
 * }
 * // a test file
 * const facsimile = useSession(inject('facsimile'));
 */
import type { StubOptions } from '../core/serving/server.ts';
import { URL_VARIABLE } from './session.ts';

export {
  URL_VARIABLE,
  useSession,
  type Expectation,
  type Preference,
  type Rule,
  type RuleInput,
  type SessionOptions,
  type StubSession,
  type Verified,
} from './session.ts';

export interface RunStub {
  /** The main URL, also published in `FACSIMILE_URL` for test workers started afterwards. */
  url: string;
  /** The admin token, when the stub has one. */
  adminToken: string | undefined;
  stop(): Promise<void>;
}

/**
 * Starts one stub (every API, state in memory) for a whole test run, from a global setup.
 * The server loads only here, so a test file that only imports `useSession` stays light.
 */
export async function startRunStub(options: Partial<StubOptions> = {}): Promise<RunStub> {
  const { startStub } = await import('../index.ts');
  const stub = await startStub(options);
  process.env[URL_VARIABLE] = stub.url;
  return { url: stub.url, adminToken: stub.adminToken, stop: () => stub.close() };
}
