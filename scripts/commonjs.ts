// Bundles the CommonJS face of facsimile/testing (src/testing/commonjs.ts) into
// dist/testing/index.cjs: part of `npm run build`, and of the package test's own build.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');

export async function buildCommonjs(outfile = join(ROOT, 'dist', 'testing', 'index.cjs')) {
  await build({
    entryPoints: [join(ROOT, 'src', 'testing', 'commonjs.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  await writeFile(outfile.replace(/\.cjs$/, '.d.cts'), DECLARATIONS);
}

/** The bundle's types: those of the ES module, which a CommonJS file may only import as types. */
const DECLARATIONS = `import type * as esm from './index.js' with { 'resolution-mode': 'import' };
export declare const URL_VARIABLE: typeof esm.URL_VARIABLE;
export declare const useSession: typeof esm.useSession;
export declare const startRunStub: typeof esm.startRunStub;
export type {
  Expectation,
  Preference,
  Rule,
  RuleInput,
  RunStub,
  SessionOptions,
  StubSession,
  Verified,
} from './index.js' with { 'resolution-mode': 'import' };
`;

if (import.meta.filename === process.argv[1]) await buildCommonjs();
