import { afterAll, beforeAll, beforeEach } from 'vitest';
import { scalrApi } from '../../../src/apis/scalr/index.ts';
import type { ScalrData } from '../../../src/apis/scalr/state.ts';
import { exampleOf } from '../../support/examples.ts';
import { bearer, startTestStub, type CallInit, type TestStub } from '../../support/stub.ts';

export const JSON_API = 'application/vnd.api+json';
export const BASE = '/api/iacp/v3';
export const JANE = 'user-suh84u6vuvidtbg';
export const TF_ADMIN = 'user-svrcmmpcrkmit1g';
export const MAIN_ACCOUNT = 'acc-tmhltms60l40m9o';
export const DEMO_ACCOUNT = 'acc-svrcncgh453bi8g';
export const DEMO_TEAM = 'team-t67mjtnokncjpd8';
export const READER = 'tk-scalr-demo-account-reader';
export const NO_IAM = 'tk-scalr-no-iam-access';
/** What the document's host sees: my.scalr.io over TLS, behind which facsimile sits. */
export const AS_DOCUMENT: CallInit = {
  root: true,
  headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'my.scalr.io' },
};

export const example = <T = any>(name: string) => exampleOf<T>('scalr', name); // eslint-disable-line @typescript-eslint/no-explicit-any
export const as = (token: string): CallInit => ({ headers: bearer(token) });
export const ids = (answer: { body: { data: { id: string }[] } }) =>
  answer.body.data.map((r) => r.id);

/**
 * Starts a Scalr-only stub for the calling test file (beforeAll), resets it before each test
 * and disposes of it afterwards. Call it once at the top level of every test file.
 */
export function useScalrStub() {
  let stub: TestStub;
  beforeAll(async () => {
    stub = await startTestStub({ apis: [scalrApi] });
  });
  afterAll(() => stub.dispose());
  beforeEach(() => stub.reset('scalr'));

  return {
    /** The running stub (set in beforeAll). */
    get stub() {
      return stub;
    },
    /** Calls the API with the demo token (or another); bodies go out as JSON:API. */
    api: (method: string, path: string, init: CallInit = {}) =>
      stub.call('scalr', method, `${BASE}${path}`, {
        ...init,
        headers: {
          ...bearer(),
          ...(init.body === undefined ? {} : { 'content-type': JSON_API }),
          ...init.headers,
        },
      }),
    data: () => stub.runtime.dataOf('scalr') as ScalrData,
  };
}
