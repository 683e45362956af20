import { existsSync, statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
// Only what defining the commands needs is imported here: `--help` and a command that does
// not serve load nothing of the server; each action imports what it runs.
import type cliProgressModule from 'cli-progress';
import { Command, Option } from 'commander';
import {
  collectApi,
  collectText,
  collectApiPort,
  CONFIG_FILE,
  DEFAULT_DB,
  loggerFrom,
  nonEmpty,
  portNumber,
  positiveNumber,
  withConfigAndLogging,
  wholeNumber,
  userCount,
  type LogOptions,
} from './cli-config.ts';
import { contractsCommand } from './cli-contracts.ts';
import { repairCommand } from './cli-repair.ts';
import {
  ADMIN_PATH,
  DEFAULT_COMPACT_AFTER_KILOBYTES,
  DEFAULT_JOURNAL_CAPACITY,
  DEFAULT_MAX_SESSION_MEGABYTES,
  DEFAULT_MAX_SESSIONS,
  DEFAULT_SEED,
  DEFAULT_SESSION_IDLE_SECONDS,
  DEFAULT_USERS,
} from './core/defaults.ts';
import type { Logger } from './core/logger.ts';
import { packageVersion } from './core/paths.ts';
import type { RunningStub } from './core/serving/server.ts';
import { API_NAMES, type ApiName } from './core/specs/spec-files.ts';
import type { SeedProgress } from './core/state/index.ts';
import { isPostgresUrl, redactedUrl } from './core/state/postgres/url.ts';

const DEFAULT_PORT = 4010;
/** Fewer demo records than this seed in well under a second: no progress report. */
const PROGRESS_THRESHOLD = 10_000;
/** The shell's convention for a process ended by a signal: 128 + its number. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

interface SeedingOptions extends LogOptions {
  /** The configuration file used, if any. */
  config?: string;
  db: string;
  seed: number;
  users: number;
}

interface ServeOptions extends SeedingOptions {
  port: number;
  host: string;
  api?: ApiName[];
  apiPort?: Record<string, number | false>;
  apiPorts: boolean;
  inMemory?: boolean;
  store?: string;
  storePoolSize: number;
  storeTimeout: number;
  validateResponses: boolean;
  corsOrigin?: string[];
  allowedHost?: string[];
  record?: string;
  consumer?: string;
  adminToken?: string;
  journalSize: number;
  sessionIdle: number;
  maxSessions: number;
  maxSessionMemory: number;
  compactAfter?: number;
  tritonKey?: string[];
}

const SERVE_EXAMPLES = `
Every option can also be set in ${CONFIG_FILE} (or the --config file), keyed by
its long name: a flag beats an environment variable, which beats the file.

Examples:
  all five APIs on 4010, each also on its own port 4011-4015:
    $ facsimile serve
  only Triton, under http://127.0.0.1:4010/triton:
    $ facsimile serve --api triton --no-api-ports
  a large, throw-away data set:
    $ facsimile serve --in-memory --users 5000
  reachable from other machines, with a known admin token:
    $ facsimile serve --host 0.0.0.0 --admin-token s3cret
  settings from a file, JSON log lines, warnings and errors only:
    $ facsimile serve --config ci.yaml --log-format json --log-level warn
  from the environment:
    $ PORT=5000 FACSIMILE_LOG_LEVEL=debug facsimile serve`;

/** Exits with a one-line message, for failures that are not about the command line. */
function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

function seedingOptions(command: Command): Command {
  return command
    .option('--db <path>', 'JSON store file holding all state', DEFAULT_DB)
    .option('--seed <n>', 'faker seed for demo data', wholeNumber, DEFAULT_SEED)
    .option('--users <n>', 'demo users generated per API', userCount, DEFAULT_USERS);
}

function defineServe(command: Command): void {
  command
    .description('serve the APIs with seeded demo data (state kept in a JSON store file)')
    .addOption(
      new Option('-p, --port <port>', 'main port (every API under /<api>)')
        .env('PORT')
        .default(DEFAULT_PORT)
        .argParser(portNumber),
    )
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--api <name>', `serve only this API (repeatable): ${API_NAMES.join(', ')}`, collectApi)
    .option(
      '--api-port <name=port>',
      'port of one API served at its root (repeatable; `name=off` to turn off)',
      collectApiPort,
    )
    .option('--no-api-ports', 'serve the APIs only under the main port')
    .option(
      '--triton-key <path>',
      'public key file whose signatures Triton accepts for any account (repeatable)',
      collectText,
    );
  seedingOptions(command)
    .option('--in-memory', 'keep state in memory only (nothing written)')
    .addOption(
      new Option(
        '--store <url>',
        'a postgres:// URL: state shared by every process started with it (a path: the file store, as --db)',
      )
        .env('FACSIMILE_STORE')
        .argParser(nonEmpty),
    )
    .option('--store-pool-size <n>', 'PostgreSQL connections kept at most', positiveNumber, 10)
    .option(
      '--store-timeout <ms>',
      'milliseconds a request waits on PostgreSQL (a statement, a connection) before its 503',
      positiveNumber,
      5000,
    )
    .option('--no-validate-responses', 'do not validate responses against the specs')
    .option('--cors-origin <origin...>', 'origins allowed by CORS (default: any)')
    .option(
      '--allowed-host <name...>',
      'host names the admin API and pages answer besides IP addresses, localhost and --host (a demo behind a proxy)',
    )
    .option('--record <dir>', 'record served traffic as Pact files in this directory (on exit)')
    .option('--consumer <name>', 'consumer name for recorded pacts (or header X-Pact-Consumer)')
    .addOption(
      new Option(
        '--admin-token <token>',
        `token the admin API (${ADMIN_PATH}) requires (default: none on loopback, made up otherwise)`,
      )
        .env('FACSIMILE_ADMIN_TOKEN')
        .argParser(nonEmpty),
    )
    .option(
      '--journal-size <n>',
      'requests the admin journal keeps',
      positiveNumber,
      DEFAULT_JOURNAL_CAPACITY,
    )
    .option(
      '--session-idle <seconds>',
      'seconds a session lives without a request',
      positiveNumber,
      DEFAULT_SESSION_IDLE_SECONDS,
    )
    .option(
      '--max-sessions <n>',
      'live sessions kept at most (a new one beyond is refused with 503)',
      positiveNumber,
      DEFAULT_MAX_SESSIONS,
    )
    .option(
      '--max-session-memory <megabytes>',
      'changed rows all sessions may hold together (a change beyond is refused with 503)',
      positiveNumber,
      DEFAULT_MAX_SESSION_MEGABYTES,
    )
    .option(
      '--compact-after <kilobytes>',
      `change log size at which it is folded into the store file (default: ${DEFAULT_COMPACT_AFTER_KILOBYTES}, or an eighth of a larger store file)`,
      positiveNumber,
    );
  withConfigAndLogging(command)
    .addHelpText('after', SERVE_EXAMPLES)
    .action((opts: ServeOptions) => serve(opts));
}

function defineReset(command: Command): void {
  command.description('re-seed the store file from fixtures/ and the specs’ examples');
  seedingOptions(command);
  withConfigAndLogging(command)
    .addHelpText('after', '\nExample:\n  $ facsimile reset --db .facsimile/db.json --users 100')
    .action((opts: SeedingOptions) => reset(opts));
}

async function serve(opts: ServeOptions): Promise<void> {
  const logger = loggerFrom(opts);
  const postgres = opts.store !== undefined && isPostgresUrl(opts.store) ? opts.store : undefined;
  const db = opts.inMemory ? null : postgres === undefined ? (opts.store ?? opts.db) : null;
  const state = postgres ? redactedUrl(postgres) : (db ?? 'in memory');
  let stub: RunningStub;
  try {
    const [{ startStub }, { servedApis }, progress] = await Promise.all([
      import('./core/serving/server.ts'),
      import('./apis/index.ts'),
      reportSeeding(logger),
    ]);
    stub = await startStub({
      apis: servedApis({ names: opts.api, tritonKeys: opts.tritonKey }),
      port: opts.port,
      host: opts.host,
      apiPorts: opts.apiPorts ? { ...defaultApiPorts(opts.port), ...opts.apiPort } : false,
      db,
      ...(postgres
        ? {
            postgres: {
              url: postgres,
              poolSize: opts.storePoolSize,
              statementTimeoutMs: opts.storeTimeout,
            },
          }
        : {}),
      seed: opts.seed,
      users: opts.users,
      validateResponses: opts.validateResponses,
      corsOrigin: opts.corsOrigin ?? true,
      ...(opts.allowedHost ? { allowedHosts: opts.allowedHost } : {}),
      ...(opts.record ? { record: { dir: opts.record, consumer: opts.consumer } } : {}),
      ...(opts.adminToken ? { adminToken: opts.adminToken } : {}),
      journalCapacity: opts.journalSize,
      sessionIdleSeconds: opts.sessionIdle,
      maxSessions: opts.maxSessions,
      maxSessionMegabytes: opts.maxSessionMemory,
      compactAfterKilobytes: opts.compactAfter,
      logger,
      onSeedProgress: sayingWhenSeeded(logger, progress),
    });
  } catch (error) {
    // A driver's message could quote the URL: its password never reaches the screen.
    const password = postgres ? (/^[^:]+:\/\/[^:/@]*:([^@]*)@/.exec(postgres)?.[1] ?? '') : '';
    const message = (error as Error).message;
    fail(`facsimile could not start: ${password ? message.replaceAll(password, '***') : message}`);
  }
  printBanner(stub, state, opts.adminToken === undefined ? stub.adminToken : undefined);
  const started = { url: stub.url, apis: urlsOf(stub), state, config: opts.config ?? null };
  logger.info(started, `facsimile is serving on ${stub.url}`);
  await warnOfHeapLimit(opts.inMemory ? null : opts.db, logger);
  stopOnSignals(stub, logger);
}

/** A large store under V8's default heap limit: say what ceiling keeps memory near the data. */
async function warnOfHeapLimit(db: string | null, logger: Logger): Promise<void> {
  const size = db && existsSync(db) ? statSync(db).size : 0;
  const { heapCeilingHint } = await import('./core/state/heap-ceiling.ts');
  const hint = heapCeilingHint(size, getHeapStatistics().heap_size_limit);
  if (hint) logger.warn(hint);
}

async function reset(opts: SeedingOptions): Promise<void> {
  const logger = loggerFrom(opts);
  try {
    const [{ seedView, writeFreshStore }, { allApis }, progress] = await Promise.all([
      import('./core/state/index.ts'),
      import('./apis/index.ts'),
      reportSeeding(logger),
    ]);
    const seeding = { seed: opts.seed, users: opts.users };
    const tablesOf = (name: string) => allApis.find((api) => api.name === name)?.tables;
    await writeFreshStore(opts.db, seedView(allApis, seeding, progress), tablesOf);
  } catch (error) {
    fail(`could not reset ${opts.db}: ${(error as Error).message}`);
  }
  console.log(`reset ${opts.db} (seed ${opts.seed}, ${opts.users} demo users per API)`);
}

/** Dedicated ports follow the main port: 4010 → 4011..4015. */
function defaultApiPorts(mainPort: number): Record<string, number> {
  const base = mainPort === 0 ? 0 : mainPort + 1;
  return Object.fromEntries(API_NAMES.map((name, i) => [name, base === 0 ? 0 : base + i]));
}

function urlsOf(stub: RunningStub): Record<string, string[]> {
  return Object.fromEntries(
    stub.runtime.apis.map((api) => {
      const root = stub.rootUrlOf(api.name);
      return [api.name, root ? [stub.urlOf(api.name), root] : [stub.urlOf(api.name)]];
    }),
  );
}

/** `madeUpToken` is shown only when facsimile chose it: the user cannot know it otherwise. */
function printBanner(stub: RunningStub, state: string, madeUpToken: string | undefined): void {
  const lines = [`facsimile is serving (state: ${state})`, ''];
  for (const api of stub.runtime.apis) {
    const root = stub.rootUrlOf(api.name);
    lines.push(`  ${api.title}`);
    lines.push(`    ${stub.urlOf(api.name)}${root ? `   and   ${root}` : ''}`);
    lines.push(`    ${api.demo.credentials}`);
  }
  lines.push('', `  Admin: ${stub.url}${ADMIN_PATH}`);
  if (madeUpToken) lines.push(`    token (X-Facsimile-Admin-Token or Bearer): ${madeUpToken}`);
  lines.push('', `  Open in a browser: ${stub.url}/   Stop: Ctrl-C`);
  console.log(lines.join('\n'));
}

/**
 * A bar on a terminal, an info line per quarter otherwise, for data sets
 * large enough to take a while; `seedStore` reports the last record twice.
 */
/** One line once the store was seeded: with a shared store, only the process that seeded it says so. */
function sayingWhenSeeded(logger: Logger, progress: SeedProgress): SeedProgress {
  let said = false;
  return (done, total) => {
    progress(done, total);
    if (said || done < total) return;
    said = true;
    logger.info({ records: total }, `seeded the store with ${total} demo records`);
  };
}

async function reportSeeding(logger: Logger): Promise<SeedProgress> {
  const cliProgress = process.stderr.isTTY ? (await import('cli-progress')).default : undefined;
  let bar: cliProgressModule.SingleBar | undefined;
  let quartersLogged = 0;
  return (done, total) => {
    if (total < PROGRESS_THRESHOLD) return;
    if (cliProgress) {
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { format: 'seeding demo data [{bar}] {percentage}% {value}/{total} records' },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      if (!bar.isActive) return;
      bar.update(done);
      if (done >= total) bar.stop();
      return;
    }
    const quarters = Math.floor((done / total) * 4);
    if (quarters <= quartersLogged) return;
    quartersLogged = quarters;
    logger.info({ done, total }, `seeding demo data: ${quarters * 25}% (${done} of ${total})`);
  };
}

/** The first signal stops gracefully; a second one, while stopping, exits at once. */
function stopOnSignals(stub: RunningStub, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: keyof typeof SIGNAL_EXIT_CODES) => {
    if (stopping) {
      logger.warn({ signal }, 'stopping at once: in-flight requests are cut off');
      process.exit(SIGNAL_EXIT_CODES[signal]);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: letting in-flight requests finish');
    stub.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`could not stop cleanly: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

const program = new Command('facsimile')
  .description('A faithful, stateful, validating stand-in for five providers’ user-account APIs.')
  .version(packageVersion())
  .showHelpAfterError('(add --help for the options)')
  .addHelpText('after', '\nRun `facsimile <command> --help` for a command’s options.');
// Created by `command()` so that they inherit the settings above.
defineServe(program.command('serve', { isDefault: true }));
defineReset(program.command('reset'));
program.addCommand(contractsCommand());
program.addCommand(repairCommand());
refuseUnknownCommand(process.argv[2]);

await program.parseAsync();

/** `serve` is the default command, so commander would call a typo "too many arguments for 'serve'". */
function refuseUnknownCommand(first: string | undefined): void {
  if (first === undefined || first.startsWith('-')) return;
  const names = [...program.commands.map((command) => command.name()), 'help'];
  if (!names.includes(first))
    program.error(`error: unknown command '${first}' (commands: ${names.join(', ')})`);
}
