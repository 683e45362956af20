// `npm run bench`: every benchmark of issue 6 in one process tree on loopback, printed as one
// table of ratios against baselines measured in the same run. It reports; it does not gate:
// the exit code is 0 whatever the targets say.
//   BENCH_SECONDS=2 npm run bench   smoke run (2 s measured runs, 1 s warm-ups)
//   BENCH_USERS=20000 npm run bench  a smaller "large" store (default 100,000 users per API)
//   BENCH_ONLY=large npm run bench   only the phases named (comma-separated): start-up,
//                                    package, read, large, shared; a partial run shows only its rows
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readConfig, type BenchConfig } from './config.ts';
import { measureLargeStore } from './large-store.ts';
import { killAll } from './processes.ts';
import { measureReadPath } from './read-path.ts';
import { measureSharedStore } from './shared-store.ts';
import { attempt, emptyResults, type Results } from './results.ts';
import { measurePackageStart } from './package-start.ts';
import { measureStartup } from './start-up.ts';
import { formatTable } from './table.ts';
import { rowsOf } from './targets.ts';
import {
  MEASURED_WRITES,
  ROUNDS,
  WARMUP_WRITES,
  WRITE_CONNECTIONS,
  writeRunSeconds,
} from './write-latency.ts';

/** Past this, whatever was measured is printed and the bench stops: it always ends. */
const WATCHDOG_MS = 25 * 60_000;

type Phase = (config: BenchConfig, results: Results, dir: string) => Promise<void>;

/** Each phase: its name for BENCH_ONLY, its title, and what it runs. */
const PHASES: [string, string, Phase][] = [
  ['start-up', 'start-up', measureStartup],
  ['package', 'package start-up for test suites', measurePackageStart],
  ['read', 'read path (default fixtures)', measureReadPath],
  ['large', 'large store: seeding, start-up, lookups, write latency, creates', measureLargeStore],
  ['shared', 'shared store: file against PostgreSQL, one and two processes', measureSharedStore],
];

const config = readConfig(process.argv.slice(2), process.env);
const unknown = config.only?.filter((name) => !PHASES.some(([key]) => key === name)) ?? [];
if (unknown.length > 0) {
  console.error(
    `BENCH_ONLY: no phase ${unknown.join(', ')}; phases: ${PHASES.map(([key]) => key).join(', ')}`,
  );
  process.exit(2);
}
const phases = PHASES.filter(([key]) => !config.only || config.only.includes(key));
const results = emptyResults();
const dir = await mkdtemp(join(tmpdir(), 'facsimile-bench-'));
const startedAt = performance.now();

const finish = (code: number) => {
  killAll();
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
};
process.once('SIGINT', () => finish(130));
process.once('SIGTERM', () => finish(143));
setTimeout(() => {
  results.notes.push(`stopped by the watchdog after ${WATCHDOG_MS / 60_000} min`);
  report();
  finish(0);
}, WATCHDOG_MS).unref();

console.error(header());
// Loads fetch's HTTP client now, so the first start-up poll does not pay for it.
await fetch('http://127.0.0.1:9/').catch(() => undefined);
for (const [, name, phase] of phases) {
  console.error(`\n== ${name}`);
  await attempt(results, name, () => phase(config, results, dir));
}
report();
finish(0);

function report(): void {
  const minutes = (performance.now() - startedAt) / 60_000;
  const lines = [
    '',
    header(),
    '',
    // A partial run shows only the rows it measured.
    formatTable(rowsOf(results, config).filter((row) => !config.only || row.value !== undefined)),
    '',
    'Notes:',
    ...results.notes.map((note) => `- ${note}`),
    `- bench took ${minutes.toFixed(1)} min`,
  ];
  console.log(lines.join('\n'));
}

function header(): string {
  const { seconds, warmupSeconds, connections, largeUsers, smallUsers, pinning, cores } = config;
  return [
    `facsimile bench: ${cores} cores, node ${process.version}, loopback`,
    `autocannon: ${connections} connections, ${warmupSeconds} s warm-up then ${seconds} s measured per run`,
    `stores: default fixtures (read path), ${smallUsers} and ${largeUsers.toLocaleString('en-US')} demo users per API, persistence on`,
    `write latency: ${WRITE_CONNECTIONS} connections, ${WARMUP_WRITES} writes dropped, then ${MEASURED_WRITES} writes (at most ${writeRunSeconds(config)} s) per write and store in ${ROUNDS} slices alternating between the stores, timed by the bench's own client`,
    `pinning: ${pinning.note}`,
    ...(config.only ? [`phases: ${config.only.join(', ')} only (BENCH_ONLY)`] : []),
  ].join('\n');
}
