/**
 * Generates TypeScript types from every spec in spec/ with openapi-typescript.
 *   npm run gen                 write src/generated/<api>.ts for every API
 *   npm run gen -- scalr        only the APIs named
 *   npm run gen -- --check      exit 1 if a generated file is stale
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { SPEC_NAMES, specPath } from '../src/core/spec-files.ts';

const outDir = join(import.meta.dirname, '..', 'src', 'generated');
const header = '// Generated from spec/ by `npm run gen` (openapi-typescript). Do not edit.\n\n';

async function generate(api: string): Promise<string> {
  const ast = await openapiTS(new URL(`file://${specPath(api)}`), {
    alphabetize: true,
    exportType: true,
  });
  return header + astToString(ast);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const named = args.filter((arg) => !arg.startsWith('--'));
  const apis = named.length > 0 ? named : SPEC_NAMES;
  await mkdir(outDir, { recursive: true });
  const stale: string[] = [];
  for (const api of apis) {
    const file = join(outDir, `${api}.ts`);
    const fresh = await generate(api);
    if (check) {
      const current = await readFile(file, 'utf8').catch(() => '');
      if (current !== fresh) stale.push(file);
    } else {
      await writeFile(file, fresh);
      console.log(`wrote ${file}`);
    }
  }
  if (stale.length > 0) {
    console.error(`Stale generated types (run \`npm run gen\`):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
}

await main();
