import { Command, InvalidArgumentError, Option } from 'commander';
import { allApis, apisNamed } from './apis/index.ts';
import { contractsCommand } from './cli-contracts.ts';
import { DEFAULT_SEED, DEFAULT_USERS, seedStore } from './core/seeding.ts';
import { startStub, type RunningStub } from './core/server.ts';
import { API_NAMES, type ApiName } from './core/spec-files.ts';
import { Store } from './core/store.ts';

const DEFAULT_PORT = 4010;
const DEFAULT_DB = '.facsimile/db.json';

function integer(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new InvalidArgumentError('expected a whole number');
  return parsed;
}

function collectApi(value: string, previous: ApiName[] = []): ApiName[] {
  if (!(API_NAMES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${API_NAMES.join(', ')}`);
  }
  return [...previous, value as ApiName];
}

/** `name=port` pairs overriding an API's own port; `name=off` turns it off. */
function collectApiPort(
  value: string,
  previous: Record<string, number | false> = {},
): Record<string, number | false> {
  const [name = '', port = ''] = value.split('=');
  if (!(API_NAMES as readonly string[]).includes(name))
    throw new InvalidArgumentError(`unknown API "${name}"`);
  const parsed: number | false = port === 'off' ? false : integer(port);
  return { ...previous, [name]: parsed };
}

const program = new Command('facsimile')
  .description('A faithful, stateful, validating stand-in for five providers’ user-account APIs.')
  .showHelpAfterError();

program
  .command('serve', { isDefault: true })
  .description('serve the APIs with seeded demo data (state kept in a lowdb JSON file)')
  .addOption(
    new Option('-p, --port <port>', 'main port (every API under /<api>)')
      .env('PORT')
      .default(DEFAULT_PORT)
      .argParser(integer),
  )
  .option('--host <host>', 'interface to listen on', '127.0.0.1')
  .option('--api <name>', `serve only this API (repeatable): ${API_NAMES.join(', ')}`, collectApi)
  .option(
    '--api-port <name=port>',
    'port of one API served at its root (repeatable; `name=off` to turn off)',
    collectApiPort,
  )
  .option('--no-api-ports', 'serve the APIs only under the main port')
  .option('--db <path>', 'lowdb JSON file holding all state', DEFAULT_DB)
  .option('--in-memory', 'keep state in memory only (nothing written)')
  .option('--seed <n>', 'faker seed for demo data', integer, DEFAULT_SEED)
  .option('--users <n>', 'demo users generated per API', integer, DEFAULT_USERS)
  .option('--no-validate-responses', 'do not validate responses against the specs')
  .option('--cors-origin <origin...>', 'origins allowed by CORS (default: any)')
  .option(
    '--record <dir>',
    'record served traffic as Pact files in this directory (written on exit)',
  )
  .option('--consumer <name>', 'consumer name for recorded pacts (or header X-Pact-Consumer)')
  .action(async (opts) => {
    const apis = opts.api ? apisNamed(opts.api) : allApis;
    const stub = await startStub({
      apis,
      port: opts.port,
      host: opts.host,
      apiPorts:
        opts.apiPorts === false ? false : { ...defaultApiPorts(opts.port), ...opts.apiPort },
      db: opts.inMemory ? null : opts.db,
      seed: opts.seed,
      users: opts.users,
      validateResponses: opts.validateResponses,
      corsOrigin: opts.corsOrigin ?? true,
      ...(opts.record ? { record: { dir: opts.record, consumer: opts.consumer } } : {}),
    });
    printBanner(stub, opts.inMemory ? 'in memory' : opts.db);
    const stop = async () => {
      await stub.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('reset')
  .description('re-seed the store file from fixtures/ and the specs’ examples')
  .option('--db <path>', 'lowdb JSON file holding all state', DEFAULT_DB)
  .option('--seed <n>', 'faker seed for demo data', integer, DEFAULT_SEED)
  .option('--users <n>', 'demo users generated per API', integer, DEFAULT_USERS)
  .action(async (opts) => {
    const store = await Store.open(opts.db);
    await store.replace(seedStore(allApis, { seed: opts.seed, users: opts.users }));
    console.log(`reset ${opts.db} (seed ${opts.seed}, ${opts.users} demo users per API)`);
  });

/** Dedicated ports follow the main port: 4010 → 4011..4015. */
function defaultApiPorts(mainPort: number): Record<string, number> {
  const base = mainPort === 0 ? 0 : mainPort + 1;
  return Object.fromEntries(API_NAMES.map((name, i) => [name, base === 0 ? 0 : base + i]));
}

function printBanner(stub: RunningStub, db: string): void {
  const lines = [`facsimile is serving (state: ${db})`, ''];
  for (const api of stub.runtime.apis) {
    const root = stub.rootUrlOf(api.name);
    lines.push(`  ${api.title}`);
    lines.push(`    ${stub.urlOf(api.name)}${root ? `   and   ${root}` : ''}`);
    lines.push(`    ${api.demo.credentials}`);
  }
  lines.push('', `  Index: ${stub.url}/   Stop: Ctrl-C`);
  console.log(lines.join('\n'));
}

program.addCommand(contractsCommand());

await program.parseAsync();
