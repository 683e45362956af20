import { join } from 'node:path';
import { ROOT } from './baselines.ts';
import {
  freePort,
  runToEnd,
  spawnServer,
  stopServer,
  waitUntilServing,
  type ServerProcess,
} from './processes.ts';
import { DEMO_AUTH } from './scenarios.ts';

const BIN = join(ROOT, 'bin', 'facsimile.js');
/** The first request a client makes: answered once all five APIs are up. */
const READY_PATH = '/scalingo/v1/users/self';

export interface StubStart {
  db: string;
  /** Demo users per API when the store is seeded; the CLI's default when absent. */
  users?: number;
  core: number | undefined;
  timeoutMs: number;
  /** Variables set for the server, e.g. the heap ceiling the README gives for a large store. */
  env?: Record<string, string>;
  /** Flags for node itself, before the script (profiling). */
  nodeFlags?: string[];
}

/**
 * The real CLI (`facsimile serve`) as its own process, persistence on, every
 * API under the main port only. Returns once it answered 200, with the time
 * from spawn to that answer.
 */
export async function startFacsimile(
  options: StubStart,
): Promise<{ server: ServerProcess; startupMs: number }> {
  const port = await freePort();
  const users = options.users === undefined ? [] : ['--users', String(options.users)];
  const server = spawnServer({
    name: 'facsimile',
    // Request lines at info would make the figures measure stderr; Prism runs quiet too.
    args: [
      ...(options.nodeFlags ?? []),
      BIN,
      'serve',
      '--port',
      String(port),
      '--no-api-ports',
      '--log-level',
      'warn',
      // A postgres:// URL is a shared store (bench/shared-store.ts).
      options.db.startsWith('postgres://') ? '--store' : '--db',
      options.db,
      ...users,
    ],
    port,
    core: options.core,
    cwd: ROOT,
    env: options.env,
  });
  try {
    return {
      server,
      startupMs: await waitUntilServing(server, READY_PATH, DEMO_AUTH, options.timeoutMs),
    };
  } catch (error) {
    await stopServer(server, 1_000);
    throw error;
  }
}

/** The memory the rows of store file `db` take once opened, with no server around them. */
export async function storeFloor(
  db: string,
  core: number | undefined,
): Promise<{ heapMb: number; rows: number }> {
  const { output } = await runToEnd({
    name: 'store floor',
    args: ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', 'store-floor.ts'), db],
    core,
    cwd: ROOT,
  });
  const line = output.split('\n').find((text) => text.startsWith('{"heapMb"'));
  if (!line) throw new Error(`store floor printed no figure:\n${output}`);
  return JSON.parse(line) as { heapMb: number; rows: number };
}

/** `facsimile reset --users N`: seeds a store file as a user would. Returns its duration in ms. */
export async function seedStoreFile(
  db: string,
  users: number,
  core: number | undefined,
): Promise<number> {
  const { ms } = await runToEnd({
    name: 'facsimile reset',
    args: [BIN, 'reset', '--db', db, '--users', String(users)],
    core,
    cwd: ROOT,
  });
  return ms;
}
