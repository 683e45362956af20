// The shared PostgreSQL store (issue 20): Triton creates and reads with one process on the file
// store, one on PostgreSQL, and two on PostgreSQL with the load split evenly between them.
import { join } from 'node:path';
import { Cluster, POSTGRES_BIN } from '../test/support/postgres.ts';
import type { BenchConfig } from './config.ts';
import { startFacsimile } from './facsimile.ts';
import { loadSettings, measure, type Load, type Throughput } from './load.ts';
import { stopServer, type ServerProcess } from './processes.ts';
import { noteOddities, type Results, type SharedFigures } from './results.ts';
import { DEMO_AUTH, runTag, WRITE_OPERATIONS } from './scenarios.ts';
import type { Row } from './table.ts';

export const SHARED_SETUPS = [
  ['file', '1 process, file store'],
  ['pg1', '1 process, PostgreSQL'],
  ['pg2', '2 processes, PostgreSQL, round-robin'],
] as const;

// Kept with the other result types (results.ts imports nothing back from here).
export type { SharedFigures };

const create = (() => {
  const found = WRITE_OPERATIONS.find((operation) => operation.key === 'triton-create');
  if (!found) throw new Error('bench/scenarios.ts has no triton-create');
  return found;
})();
const READ_PATH = '/triton/demo/users/alice';

export async function measureSharedStore(
  config: BenchConfig,
  results: Results,
  dir: string,
): Promise<void> {
  if (!POSTGRES_BIN) {
    results.notes.push('shared store: PostgreSQL is not installed (apt-get install postgresql)');
    return;
  }
  const cluster = await Cluster.start();
  try {
    for (const [key, title] of SHARED_SETUPS) {
      console.error(`  · ${title}`);
      const count = key === 'pg2' ? 2 : 1;
      const store = key === 'file' ? join(dir, 'shared-file.json') : await cluster.database(key);
      const servers: ServerProcess[] = [];
      try {
        for (let i = 0; i < count; i += 1)
          servers.push(
            (
              await startFacsimile({
                db: store,
                core: config.pinning.serverCore,
                timeoutMs: 60_000,
              })
            ).server,
          );
        const figures = {
          creates: await split(servers, config, creates(runTag())),
          reads: await split(servers, config, reads),
        };
        results.shared.set(key, figures);
        noteOddities(results, `${title}, creates`, figures.creates);
        noteOddities(results, `${title}, reads`, figures.reads);
      } finally {
        await Promise.all(servers.map((server) => stopServer(server, 10_000)));
      }
    }
  } finally {
    await cluster.destroy();
  }
}

const creates =
  (tag: string) =>
  (url: string, half: number): Load => ({
    url: `${url}/triton${create.path}`,
    method: 'POST',
    headers: { ...DEMO_AUTH, 'content-type': create.contentType },
    expect: create.expect,
    // Each process's client numbers its own bodies: odd and even, so no two collide.
    body: (index) => JSON.stringify(create.body(tag, index * 2 + half)),
  });

const reads = (url: string): Load => ({
  url: `${url}${READ_PATH}`,
  headers: DEMO_AUTH,
  expect: 200,
});

/**
 * The connections split evenly over the processes, one client per process, run at once:
 * requests/s add up, and the p99 is the worse of the two.
 */
async function split(
  servers: ServerProcess[],
  config: BenchConfig,
  load: (url: string, half: number) => Load,
): Promise<Throughput> {
  const settings = loadSettings(config);
  const each = { ...settings, connections: Math.ceil(settings.connections / servers.length) };
  const runs = await Promise.all(servers.map((server, at) => measure(load(server.url, at), each)));
  return runs.reduce((sum, run) => ({
    rps: sum.rps + run.rps,
    p50: Math.max(sum.p50 ?? 0, run.p50 ?? 0),
    p99: Math.max(sum.p99 ?? 0, run.p99 ?? 0),
    served: sum.served + run.served,
    unanswered: sum.unanswered + run.unanswered,
    unexpected: { ...sum.unexpected, ...run.unexpected },
    errors: sum.errors + run.errors,
    timeouts: sum.timeouts + run.timeouts,
  }));
}

/** Requests/s against one process on the file store, and each setup's p99. */
export function sharedRows({ shared }: Results): Row[] {
  const base = shared.get('file');
  return SHARED_SETUPS.flatMap(([key, title]) => {
    const figures = shared.get(key);
    return [
      {
        figure: `Triton creates/s, ${title}`,
        value: figures?.creates?.rps,
        unit: 'req/s' as const,
        baseline: { label: '1 process, file', value: base?.creates?.rps },
      },
      { figure: `  p99 of those creates`, value: figures?.creates?.p99, unit: 'ms' as const },
      {
        figure: `Triton reads/s, ${title}`,
        value: figures?.reads?.rps,
        unit: 'req/s' as const,
        baseline: { label: '1 process, file', value: base?.reads?.rps },
      },
      { figure: `  p99 of those reads`, value: figures?.reads?.p99, unit: 'ms' as const },
    ];
  });
}
