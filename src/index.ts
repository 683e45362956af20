/**
 * facsimile's public API for test suites.
 * @example
 * import { startStub } from 'facsimile';
 * const stub = await startStub(); // all five APIs, free ports, state in memory
 * const res = await fetch(`${stub.urlOf('triton')}/demo/users`, {
 *   headers: { authorization: 'Bearer facsimile-demo' },
 * });
 * await stub.reset('triton');
 * await stub.close();
 */
import { allApis } from './apis/index.ts';
import {
  startStub as startWith,
  type RunningStub,
  type StubOptions,
} from './core/serving/server.ts';

export type { RunningStub, StubOptions } from './core/serving/server.ts';
export type { ApiName } from './core/specs/spec-files.ts';
export { allApis, apisNamed } from './apis/index.ts';
export { tritonApi } from './apis/triton/index.ts';

/** Starts the stub: every API unless `apis` says otherwise, on free ports, in memory unless `db` is a file. */
export function startStub(options: Partial<StubOptions> = {}): Promise<RunningStub> {
  return startWith({ ...options, apis: options.apis ?? allApis });
}
