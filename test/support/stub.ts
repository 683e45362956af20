import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allApis } from '../../src/apis/index.ts';
import { startStub, type RunningStub, type StubOptions } from '../../src/core/serving/server.ts';
import type { ApiName } from '../../src/core/specs/spec-files.ts';

export const DEMO_TOKEN = 'facsimile-demo';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or `undefined` when the body is empty or not JSON. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface TestStub extends RunningStub {
  dir: string;
  dbFile: string;
  /** Sends a request to `api` under the main port; JSON bodies are serialised. */
  call(api: ApiName, method: string, path: string, init?: CallInit): Promise<Answer>;
  /** Posts a Pact provider-state change, as Pact's verifier does. */
  setState(
    state: string,
    action?: 'setup' | 'teardown',
    params?: Record<string, string>,
  ): Promise<Answer>;
  /** Stops the stub and removes its temp directory. */
  dispose(): Promise<void>;
}

export interface CallInit {
  headers?: Record<string, string>;
  body?: unknown;
  /** Send `body` as is (a string), for malformed input. */
  raw?: boolean;
  /** Use the API's own port instead of the main port's prefix. */
  root?: boolean;
}

/** A real stub on free ports with a store file in a fresh temp directory. */
export async function startTestStub(options: Partial<StubOptions> = {}): Promise<TestStub> {
  const dir = await mkdtemp(join(tmpdir(), 'facsimile-test-'));
  const dbFile = join(dir, 'db.json');
  const stub = await startStub({ apis: allApis, db: dbFile, users: 3, ...options });
  return {
    ...stub,
    dir,
    dbFile,
    call: (api, method, path, init = {}) => {
      const base = init.root ? stub.rootUrlOf(api) : stub.urlOf(api);
      if (!base) throw new Error(`${api} has no root port`);
      return call(`${base}${path}`, method, init);
    },
    setState: (state, action = 'setup', params = {}) =>
      call(`${stub.url}/__facsimile/provider-states`, 'POST', { body: { state, params, action } }),
    dispose: async () => {
      await stub.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function call(url: string, method: string, init: CallInit = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | undefined;
  if (init.body !== undefined) {
    body = init.raw ? String(init.body) : JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

export const bearer = (token = DEMO_TOKEN) => ({ authorization: `Bearer ${token}` });
