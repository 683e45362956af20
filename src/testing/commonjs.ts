/**
 * The CommonJS face of `facsimile/testing` (`require`), bundled by `npm run build` into
 * dist/testing/index.cjs. Jest loads a test file's dependencies with its own module loader,
 * which cannot `require()` an ES module before Node 24.9: this bundle holds the session
 * helper whole, and loads the server (ESM) only in the global setup, through `import()`.
 */
import type { RunStub } from './index.ts';
import type { StubOptions } from '../core/serving/server.ts';

export { URL_VARIABLE, useSession } from './session.ts';

export async function startRunStub(options: Partial<StubOptions> = {}): Promise<RunStub> {
  const { startRunStub: start } = (await import(ESM_ENTRY)) as typeof import('./index.ts');
  return start(options);
}

/** Beside the bundle in dist/testing/; a variable, so the bundler leaves it to Node. */
const ESM_ENTRY = './index.js';
