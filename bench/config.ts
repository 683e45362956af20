import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** What one `npm run bench` measures with, read once from the environment and flags. */
export interface BenchConfig {
  /** Length of each measured autocannon run (`BENCH_SECONDS`, default 10). */
  seconds: number;
  /** Warm-up before each measured run, same settings, results dropped. */
  warmupSeconds: number;
  connections: number;
  /** Demo users per API on the lookups' small side (the read path uses default fixtures). */
  smallUsers: number;
  /** Demo users per API on the large side (`BENCH_USERS`, default 100,000). */
  largeUsers: number;
  /** Spawns per start-up figure; the median is kept. */
  startupRuns: number;
  /** Cores this process may use, counted before it pins itself to one. */
  cores: number;
  pinning: Pinning;
  /** The phases to run (`BENCH_ONLY=large` or `start-up,read`); every phase when absent. */
  only: string[] | undefined;
}

/** Which core the load generator (this process) and the servers run on. */
export interface Pinning {
  loadCore?: number;
  serverCore?: number;
  /** How the run was pinned, or why it was not: printed with the table. */
  note: string;
}

const DEFAULT_SECONDS = 10;
const DEFAULT_LARGE_USERS = 100_000;

export function readConfig(argv: readonly string[], env: NodeJS.ProcessEnv): BenchConfig {
  const seconds = positive(flag(argv, '--seconds') ?? env.BENCH_SECONDS, DEFAULT_SECONDS);
  return {
    seconds,
    warmupSeconds: Math.min(2, Math.max(1, Math.round(seconds / 4))),
    connections: 50,
    smallUsers: 100,
    largeUsers: positive(env.BENCH_USERS, DEFAULT_LARGE_USERS),
    startupRuns: 3,
    cores: availableParallelism(),
    pinning: pinThisProcess(),
    only: env.BENCH_ONLY ? env.BENCH_ONLY.split(',').map((name) => name.trim()) : undefined,
  };
}

function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at >= 0) return argv[at + 1];
  return argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

function positive(text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`expected a whole number above 0, got "${text}"`);
  return value;
}

/**
 * Pins this process (autocannon runs in it) to the first allowed core and
 * leaves the second for the servers, so the load generator never steals the
 * server's CPU. Falls back to no pinning, said in the note, when taskset or a
 * second core is missing.
 */
function pinThisProcess(): Pinning {
  const current = spawnSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' });
  if (current.error || current.status !== 0)
    return { note: 'not pinned: taskset is not available; load generator and servers share cores' };
  const cores = parseCpuList(current.stdout.split(':').pop() ?? '');
  const [loadCore, serverCore] = cores;
  if (loadCore === undefined || serverCore === undefined)
    return { note: `not pinned: only core ${cores.join(',')} allowed; load and server share it` };
  const pinned = spawnSync('taskset', ['-a', '-cp', String(loadCore), String(process.pid)]);
  if (pinned.status !== 0) return { note: 'not pinned: taskset could not pin the load generator' };
  return {
    loadCore,
    serverCore,
    note: `taskset: load generator on core ${loadCore}, server under test on core ${serverCore}`,
  };
}

/** `0-3,6` → [0, 1, 2, 3, 6], as taskset and /proc print CPU lists. */
function parseCpuList(text: string): number[] {
  return text
    .trim()
    .split(',')
    .flatMap((part) => {
      const [from = '', to = from] = part.split('-');
      const first = Number(from);
      const last = Number(to);
      if (!Number.isInteger(first) || !Number.isInteger(last)) return [];
      return Array.from({ length: last - first + 1 }, (_, k) => first + k);
    });
}
