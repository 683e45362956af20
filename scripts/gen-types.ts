/**
 * Generates, from every spec in spec/: TypeScript types with openapi-typescript
 * (src/generated/<api>.ts) and the parsed spec as JSON (src/generated/<api>.spec.json),
 * which the server loads at start-up instead of parsing YAML.
 *   npm run gen                 write both for every spec
 *   npm run gen -- scalr        only the specs named
 *   npm run gen -- --check      exit 1 if a generated file is stale
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { SPEC_NAMES, sha256, specJsonPath, specPath } from '../src/core/specs/spec-files.ts';

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
    const yamlText = await readFile(specPath(api), 'utf8');
    const specJson = JSON.stringify({ sha256: sha256(yamlText), spec: parse(yamlText) }) + '\n';
    const outputs: [string, string][] = [
      [join(outDir, `${api}.ts`), await generate(api)],
      [specJsonPath(api), specJson],
    ];
    for (const [file, fresh] of outputs) {
      if (check) {
        const current = await readFile(file, 'utf8').catch(() => '');
        if (current !== fresh) stale.push(file);
      } else {
        await writeFile(file, fresh);
        console.log(`wrote ${file}`);
      }
    }
  }
  if (stale.length > 0) {
    console.error(`Stale generated files (run \`npm run gen\`):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
}

await main();
