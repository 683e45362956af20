import { randomUUID } from 'node:crypto';
import { API_NAMES, type ApiName } from '../core/specs/api-names.ts';
import {
  adminVerbs,
  preferHeader,
  type Expectation,
  type Preference,
  type Rule,
  type RuleInput,
  type Verified,
} from './verbs.ts';

export type { Expectation, Preference, Rule, RuleInput, Verified } from './verbs.ts';

/** The environment variable through which `startRunStub` hands the stub's URL to test files. */
export const URL_VARIABLE = 'FACSIMILE_URL';

const SESSION_HEADER = 'X-Facsimile-Session';

export interface SessionOptions {
  /** The session id; a new random one by default, so each call gets a state of its own. */
  id?: string;
  /** The admin API's token, when the stub was started with one (needed by `reset` and `end`). */
  adminToken?: string;
}

export interface StubSession {
  readonly id: string;
  /** Each API's base URL under the stub's main port, e.g. `urls.triton`. */
  readonly urls: Readonly<Record<ApiName, string>>;
  /** The header that selects this session, to merge into any client's headers. */
  readonly headers: Readonly<Record<typeof SESSION_HEADER, string>>;
  /** `fetch` with this session's header added; a path starting with `/` is taken from the main URL. */
  fetch(input: string | URL, init?: RequestInit): Promise<Response>;
  /**
   * The session header plus a `Prefer` header forcing an answer, to merge into a request's headers:
   * `{ code: 404 }` (the documented example), `{ example: 'UserBob' }`, `{ code: 200, dynamic: true }`
   * (generated from the schema), `{ delay: 1500 }` (the real answer, later).
   */
  prefer(preference: Preference): Readonly<Record<string, string>>;
  /** Adds a latency or fault rule that meets this session's requests only, and ends with it. */
  addRule(rule: RuleInput): Promise<Rule>;
  /** Removes this session's rules (the shared ones and other sessions' stay). */
  clearRules(): Promise<void>;
  /** Sets up a Pact provider state in this session, e.g. `given("no Triton user 'ghost'")`. */
  given(state: string, params?: Record<string, unknown>): Promise<void>;
  /**
   * Checks the journal for this session's requests, e.g.
   * `verify({ operationId: 'CreateUser', body: { login: 'carol' }, times: 1 })`
   * (at least once when no count is given); throws, saying what it found, when they do not match.
   */
  verify(expectation: Expectation): Promise<Verified>;
  /** Puts this session's data (one API or all) back to the seed; the shared state is untouched. */
  reset(api?: ApiName): Promise<void>;
  /** Ends the session, dropping its data and its rules. */
  end(): Promise<void>;
}

/**
 * An isolated state on a running stub, for one test file or one test.
 * @example
 * const facsimile = useSession(inject('facsimile')); // vitest; Jest and node:test read FACSIMILE_URL
 * beforeEach(() => facsimile.reset());
 * const res = await facsimile.fetch(`${facsimile.urls.triton}/demo/users`, {
 *   headers: { authorization: 'Bearer facsimile-demo' },
 * });
 */
export function useSession(
  url: string | undefined = process.env[URL_VARIABLE],
  options: SessionOptions = {},
): StubSession {
  if (!url)
    throw new Error(
      `facsimile: no stub URL given and ${URL_VARIABLE} is not set; start one in your test runner's global setup with startRunStub()`,
    );
  const base = url.replace(/\/+$/, '');
  const id = options.id ?? `test-${randomUUID()}`;
  const headers = { [SESSION_HEADER]: id } as Record<typeof SESSION_HEADER, string>;
  const urls = Object.fromEntries(API_NAMES.map((api) => [api, `${base}/${api}`])) as Record<
    ApiName,
    string
  >;
  const sessionFetch = (input: string | URL, init: RequestInit = {}) => {
    const target = typeof input === 'string' && input.startsWith('/') ? `${base}${input}` : input;
    const merged = new Headers(init.headers);
    merged.set(SESSION_HEADER, id);
    return fetch(target, { ...init, headers: merged });
  };
  const admin = async (method: string, path: string, body?: unknown, missingOk = false) => {
    const response = await sessionFetch(`/__facsimile${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.adminToken ? { authorization: `Bearer ${options.adminToken}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok && !(missingOk && response.status === 404))
      throw new Error(
        `facsimile: ${method} ${path} answered ${response.status}: ${await response.text()}`,
      );
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  return {
    id,
    urls,
    headers,
    fetch: sessionFetch,
    prefer: (preference) => ({ ...headers, Prefer: preferHeader(preference) }),
    ...adminVerbs(id, admin),
    // A session that has not made a request yet has nothing to reset or end: not an error.
    reset: async (api) => void (await admin('POST', '/reset', api ? { api } : {}, true)),
    end: async () =>
      void (await admin('DELETE', `/sessions/${encodeURIComponent(id)}`, undefined, true)),
  };
}
