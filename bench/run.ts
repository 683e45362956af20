// `npm run bench`: every benchmark of issue 6 in one process tree on loopback, printed as one
// table of ratios against baselines measured in the same run. It reports; it does not gate:
// the exit code is 0 whatever the targets say.
//   BENCH_SECONDS=2 npm run bench   smoke run (2 s measured runs, 1 s warm-ups)
//   BENCH_USERS=20000 npm run bench  a smaller "large" store (default 100,000 users per API)
//   BENCH_ONLY=package npm run bench  only the phases whose name contains "package"
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readConfig, type BenchConfig } from './config.ts';
import { measureLargeStore } from './large-store.ts';
import { killAll } from './processes.ts';
import { measureReadPath } from './read-path.ts';
import { attempt, emptyResults, type Results } from './results.ts';
import { measurePackageStart } from './package-start.ts';
import { measureStartup } from './start-up.ts';
import { formatTable } from './table.ts';
import { rowsOf } from './targets.ts';

/** Past this, whatever was measured is printed and the bench stops: it always ends. */
const WATCHDOG_MS = 20 * 60_000;

type Phase = (config: BenchConfig, results: Results, dir: string) => Promise<void>;

const PHASES: [string, Phase][] = [
  ['start-up', measureStartup],
  ['package start-up for test suites', measurePackageStart],
  ['read path and lookups (small store)', measureReadPath],
  ['large store: seeding, start-up, lookups, creates', measureLargeStore],
];

const config = readConfig(process.argv.slice(2), process.env);
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
const only = process.env.BENCH_ONLY;
for (const [name, phase] of PHASES) {
  if (only && !name.includes(only)) continue;
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
    formatTable(rowsOf(results, config).filter((row) => !only || row.value !== undefined)),
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
    `pinning: ${pinning.note}`,
  ].join('\n');
}
