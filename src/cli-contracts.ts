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
    .action(async (opts: { dir: string; consumer: string; api?: ApiName[] }) => {
      const { allApis, apisNamed } = await import('./apis/index.ts');
      const apis = opts.api ? apisNamed(opts.api) : allApis;
      const { generateContracts } = await import('./core/contracts/generate.ts');
      for (const written of await generateContracts(apis, opts.dir, opts.consumer)) {
        console.log(`${written.file}: ${written.interactions} interactions`);
      }
    });

  contracts
    .command('verify')
    .description('verify pact files against a fresh stub with Pact’s verifier')
    .argument('[paths...]', 'pact files or directories', [CONTRACTS_DIR])
    .action(async (paths: string[]) => {
      const { pactFilesIn, verifyContracts } = await import('./core/contracts/verify.ts');
      const { allApis } = await import('./apis/index.ts');
      const results = await verifyContracts(allApis, await pactFilesIn(paths));
      for (const result of results) {
        console.log(`${result.passed ? 'PASS' : 'FAIL'} ${result.api}: ${result.files.join(', ')}`);
      }
      if (results.some((result) => !result.passed)) process.exitCode = 1;
    });

  contracts
    .command('check')
    .description('report each interaction of a consumer’s pact that the spec does not allow')
    .argument('<pact>', 'a pact file')
    .option('--api <name>', 'the API to check against (default: the pact’s provider name)')
    .action(async (file: string, opts: { api?: ApiName }) => {
      const pact = JSON.parse(await readFile(file, 'utf8')) as {
        provider?: { name?: string };
        interactions?: PactFileInteraction[];
      };
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
    });

  return contracts;
}
