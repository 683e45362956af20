import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { PactFileInteraction } from './core/contracts/check.ts';
import { DEFAULT_CONSUMER } from './core/contracts/names.ts';
import type { ApiName } from './core/specs/spec-files.ts';

export const CONTRACTS_DIR = 'contracts';

/** `facsimile contracts generate | verify | check`. */
export function contractsCommand(): Command {
  const contracts = new Command('contracts').description('emit, verify and check Pact contracts');

  contracts
    .command('generate')
    .description('write one Pact file per API, from the specs, into a directory')
    .option('--dir <dir>', 'where to write the pact files', CONTRACTS_DIR)
    .option('--consumer <name>', 'consumer name in the pact files', DEFAULT_CONSUMER)
    .option('--api <name...>', 'only these APIs')
    .action(
      reported(async (opts: { dir: string; consumer: string; api?: ApiName[] }) => {
        const { allApis, apisNamed } = await import('./apis/index.ts');
        const apis = opts.api ? apisNamed(opts.api) : allApis;
        const { generateContracts } = await import('./core/contracts/generate.ts');
        for (const written of await generateContracts(apis, opts.dir, opts.consumer)) {
          console.log(`${written.file}: ${written.interactions} interactions`);
        }
      }),
    );

  contracts
    .command('verify')
    .description('verify pact files against a fresh stub with Pact’s verifier')
    .argument('[paths...]', 'pact files or directories', [CONTRACTS_DIR])
    .action(
      reported(async (paths: string[]) => {
        const { pactFilesIn, verifyContracts } = await import('./core/contracts/verify.ts');
        const files = await pactFilesIn(paths, CONTRACTS_DIR);
        // Read once here so that a missing or broken file is one clear line, not the verifier's stack.
        for (const file of files) await readPact(file);
        const { allApis } = await import('./apis/index.ts');
        const results = await verifyContracts(allApis, files);
        for (const result of results) {
          console.log(
            `${result.passed ? 'PASS' : 'FAIL'} ${result.api}: ${result.files.join(', ')}`,
          );
        }
        if (results.some((result) => !result.passed)) process.exitCode = 1;
      }),
    );

  contracts
    .command('check')
    .description('report each interaction of a consumer’s pact that the spec does not allow')
    .argument('<pact>', 'a pact file')
    .option('--api <name>', 'the API to check against (default: the pact’s provider name)')
    .action(
      reported(async (file: string, opts: { api?: ApiName }) => {
        const pact = await readPact(file);
        const name = opts.api ?? pact.provider?.name;
        const { allApis } = await import('./apis/index.ts');
        const api = allApis.find((candidate) => candidate.name === name);
        if (!api)
          throw new Error(
            `${file}: unknown API "${name}"; pass --api with one of ${allApis.map((a) => a.name).join(', ')}`,
          );
        const interactions = pact.interactions ?? [];
        const { checkPact } = await import('./core/contracts/check.ts');
        const problems = await checkPact(api, interactions);
        for (const { interaction, problem } of problems)
          console.log(`FAIL "${interaction}": ${problem}`);
        console.log(
          `${interactions.length - new Set(problems.map((p) => p.interaction)).size} of ${interactions.length} interactions allowed by spec/${api.name}.yaml`,
        );
        if (problems.length > 0) process.exitCode = 1;
      }),
    );

  return contracts;
}

/** A command's action whose failure is one line on stderr and exit code 1, never a stack trace. */
function reported<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  return async (...args: A): Promise<void> => {
    try {
      await action(...args);
    } catch (error) {
      console.error(`error: ${(error as Error).message}`);
      process.exit(1);
    }
  };
}

interface PactFile {
  provider?: { name?: string };
  interactions?: PactFileInteraction[];
}

/** A pact file's content, or an error that names the file and says what is wrong, quoting none of it. */
async function readPact(file: string): Promise<PactFile> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error(`${file} does not exist`);
    if (error.code === 'EISDIR') throw new Error(`${file} is a directory, not a pact file`);
    throw new Error(`cannot read ${file} (${error.code})`);
  });
  let pact: unknown;
  try {
    pact = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the file's first characters: only the position is kept.
    const at = /at position (\d+)/.exec((error as Error).message)?.[1];
    throw new Error(
      `${file} is not JSON${at === undefined ? '' : ` (fault at position ${at})`}: a pact file is JSON, as \`facsimile contracts generate\` writes it`,
      { cause: error },
    );
  }
  const interactions = (pact as PactFile | null)?.interactions;
  if (
    typeof pact !== 'object' ||
    pact === null ||
    Array.isArray(pact) ||
    (interactions !== undefined && !Array.isArray(interactions))
  )
    throw new Error(`${file} is not a pact file: it must be an object with a list of interactions`);
  return pact as PactFile;
}
