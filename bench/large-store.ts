import { existsSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { heapCeilingMb } from '../src/core/state/heap-ceiling.ts';
import { startJsonServer, writeJsonServerDb } from './baselines.ts';
import { measureCompactionBlock } from './compaction-block.ts';
import type { BenchConfig } from './config.ts';
import { indexesInFile } from './disk.ts';
import { seedStoreFile, startFacsimile, storeFloor } from './facsimile.ts';
import { loadSettings, measure, type Throughput } from './load.ts';
import { measureLookups } from './lookups.ts';
import { flushDirtyPages, peakRssMb, rssMb, stopServer } from './processes.ts';
import { attempt, noteOddities, type CreateFigures, type Results } from './results.ts';
import { CREATE_OPERATIONS, DEMO_AUTH, JSON_SERVER_CREATE, runTag } from './scenarios.ts';
import { measureWriteLatency } from './write-latency.ts';

const LARGE_START_TIMEOUT_MS = 300_000;
/** A create can wait for a whole-file write or two: let it answer rather than time out. */
const CREATE_TIMEOUT_SECONDS = 120;
const SHUTDOWN_TIMEOUT_MS = 180_000;
const JSON_TYPE = { 'content-type': 'application/json' };
/**
 * json-server rewrites its whole file per create (about 200 ms each at 100,000
 * users), so a run of a few seconds with 50 connections sees none answered.
 * Its rate is counted over this many creates instead, each answered.
 */
const JSON_SERVER_CREATES = 100;

/**
 * The large store: json-server's creates on the same Triton users first (so
 * neither pays for the other's disk writes); then facsimile seeded with
 * `largeUsers` users per API by its CLI, its start-up, the lookups, each
 * API's write latency (before the creates, whose load can start a compaction),
 * and creates with persistence on; then SIGTERM, and every acknowledged create
 * is looked for in the store file.
 */
export async function measureLargeStore(
  config: BenchConfig,
  results: Results,
  dir: string,
): Promise<void> {
  const tag = runTag();
  const jsonServerDb = join(dir, 'json-server', 'db.json');
  await mkdir(dirname(jsonServerDb), { recursive: true });
  results.jsonServer.records = await writeJsonServerDb(jsonServerDb, config.largeUsers);
  // json-server rewrites its whole file per create; on a busy machine a run sometimes loses its
  // connection. One more try on a fresh process keeps the baseline a figure rather than "n/a".
  for (let run = 1; run <= 2 && !results.jsonServer.create; run += 1) {
    await attempt(results, `json-server creates (run ${run})`, () =>
      jsonServerCreates(config, results, jsonServerDb, `${tag}r${run}`),
    );
  }

  const db = join(dir, 'large', 'db.json');
  await mkdir(dirname(db), { recursive: true });
  results.startup.seedLargeMs = await seedStoreFile(
    db,
    config.largeUsers,
    config.pinning.serverCore,
  );
  const floor = await attempt(results, 'store floor', () =>
    storeFloor(db, config.pinning.serverCore),
  );
  results.startup.largeRowsHeapMb = floor?.heapMb;
  results.startup.largeRows = floor?.rows;
  // Bytes per row are counted above the default store's RSS, which only the start-up phase measures.
  results.startup.defaultRssMb ??= await attempt(results, 'default RSS', () =>
    defaultRssMb(config, dir),
  );
  const heapCeiling = heapCeilingMb(statSync(db).size);
  const ceilingEnv = { NODE_OPTIONS: `--max-old-space-size=${heapCeiling}` };
  results.largeCompaction = await attempt(results, 'compaction block', () =>
    measureCompactionBlock(db, config.pinning.serverCore, ceilingEnv),
  );
  results.startup.largeParseMs = await attempt(results, 'start-up without an image', () =>
    startWithoutImage(config, db, ceilingEnv),
  );
  flushDirtyPages();
  results.notes.push(`large store started with NODE_OPTIONS=--max-old-space-size=${heapCeiling}`);
  const { server, startupMs } = await startFacsimile({
    db,
    users: config.largeUsers,
    core: config.pinning.serverCore,
    timeoutMs: LARGE_START_TIMEOUT_MS,
    env: ceilingEnv,
  });
  results.startup.largeMs = startupMs;
  results.startup.largeRssMb = rssMb(server.pid);
  try {
    await attempt(results, 'lookups', () => measureLookups(config, results, dir, server));
    results.largeRssAfterLookupsMb = rssMb(server.pid);
    await attempt(results, 'write latency', () =>
      measureWriteLatency(config, results, dir, server, `${tag}w`),
    );
    results.largeRssAfterWritesMb = rssMb(server.pid);
    for (const op of CREATE_OPERATIONS) {
      const figures: CreateFigures = { acked: new Set() };
      results.creates.set(op.key, figures);
      figures.stub = await attempt(results, op.title, () =>
        createRun(config, results, {
          what: `${op.title} on facsimile`,
          url: `${server.url}/${op.api}${op.path}`,
          headers: { ...DEMO_AUTH, ...JSON_TYPE },
          body: (index) => JSON.stringify(op.body(tag, index)),
          acked: figures.acked,
        }),
      );
      figures.rssMb = rssMb(server.pid);
    }
    results.largePeakRssMb = peakRssMb(server.pid);
  } finally {
    results.shutdown = await stopServer(server, SHUTDOWN_TIMEOUT_MS);
  }
  results.notes.push(
    results.shutdown.killed
      ? `facsimile did not exit within ${SHUTDOWN_TIMEOUT_MS} ms of SIGTERM: killed`
      : `facsimile exited ${Math.round(results.shutdown.ms)} ms after SIGTERM (${config.largeUsers} users/API, after the creates)`,
  );
  await countOnDisk(results, db, tag);
}

/**
 * A start that must parse the JSON file: what the first start after the file changed
 * outside facsimile, or after a compaction, pays. It saves a new image as it goes.
 */
async function startWithoutImage(
  config: BenchConfig,
  db: string,
  env: Record<string, string>,
): Promise<number> {
  await rm(`${db}.image`, { force: true });
  flushDirtyPages();
  const { server, startupMs } = await startFacsimile({
    db,
    users: config.largeUsers,
    core: config.pinning.serverCore,
    timeoutMs: LARGE_START_TIMEOUT_MS,
    env,
  });
  await stopServer(server, SHUTDOWN_TIMEOUT_MS);
  return startupMs;
}

async function defaultRssMb(config: BenchConfig, dir: string): Promise<number | undefined> {
  const { server } = await startFacsimile({
    db: join(dir, 'default', 'db.json'),
    core: config.pinning.serverCore,
    timeoutMs: 60_000,
  });
  try {
    return rssMb(server.pid);
  } finally {
    await stopServer(server);
  }
}

async function jsonServerCreates(
  config: BenchConfig,
  results: Results,
  dbFile: string,
  tag: string,
): Promise<void> {
  const server = await startJsonServer(dbFile, config.pinning.serverCore);
  try {
    const throughput = await createRun(config, results, {
      what: 'json-server creates',
      url: `${server.url}${JSON_SERVER_CREATE.path}`,
      headers: JSON_TYPE,
      body: (index) => JSON.stringify(JSON_SERVER_CREATE.body(tag, index)),
      amount: JSON_SERVER_CREATES,
    });
    results.jsonServer.create = throughput;
    const took =
      throughput.rps > 0 ? `in ${(throughput.served / throughput.rps).toFixed(1)} s` : '';
    results.notes.push(
      `json-server creates: ${throughput.served} of ${JSON_SERVER_CREATES} answered ${took} with ${config.connections} connections (it rewrites its whole file per create), its rate counted over them rather than over ${config.seconds} s`,
    );
    results.jsonServer.rssMb = rssMb(server.pid);
  } finally {
    await stopServer(server);
  }
}

interface CreateRun {
  /** What the notes call it. */
  what: string;
  url: string;
  headers: Record<string, string>;
  body: (index: number) => string;
  /** Collects the numbers of the requests answered 201. */
  acked?: Set<number>;
  /** Measures this many creates, each answered, instead of a run of `BENCH_SECONDS`. */
  amount?: number;
}

/** The number of the single create between warm-up and measured run, apart from autocannon's. */
const SETTLING_CREATE = 1_000_000;

/**
 * Unique bodies. Between warm-up and measured run one more create must be
 * answered: with one write in flight, that means every write the warm-up left
 * behind is done, so the measured run starts on an idle server. That create
 * is an acknowledged one too, and its wait goes in the notes.
 */
async function createRun(
  config: BenchConfig,
  results: Results,
  run: CreateRun,
): Promise<Throughput> {
  flushDirtyPages();
  const { acked } = run;
  const settle = async () => {
    const startedAt = performance.now();
    const response = await fetch(run.url, {
      method: 'POST',
      headers: run.headers,
      body: run.body(SETTLING_CREATE),
      signal: AbortSignal.timeout(CREATE_TIMEOUT_SECONDS * 1_000),
    });
    await response.arrayBuffer();
    if (response.status !== 201)
      throw new Error(`the create after the warm-up answered ${response.status}`);
    acked?.add(SETTLING_CREATE);
    results.notes.push(
      `${run.what}: one create after the warm-up took ${Math.round(performance.now() - startedAt)} ms (it waits for the writes in flight)`,
    );
  };
  const throughput = await measure(
    {
      url: run.url,
      method: 'POST',
      headers: run.headers,
      expect: 201,
      body: run.body,
      ...(acked ? { onServed: (index: number) => acked.add(index) } : {}),
      settle,
    },
    {
      ...loadSettings(config),
      timeoutSeconds: CREATE_TIMEOUT_SECONDS,
      ...(run.amount ? { amount: run.amount } : {}),
    },
  );
  noteCreates(results, run.what, throughput);
  return throughput;
}

function noteCreates(results: Results, what: string, throughput: Throughput): void {
  noteOddities(results, what, throughput);
  // Every connection has one request out when a run stops; that matters only when few were answered.
  if (throughput.served < 10 * throughput.unanswered)
    results.notes.push(
      `${what}: ${throughput.served} answered 201 within the run, ${throughput.unanswered} still waiting when it ended (not in p99)`,
    );
}

/** After shutdown: which acknowledged creates the store file holds, and how many more it has. */
async function countOnDisk(results: Results, db: string, tag: string): Promise<void> {
  for (const op of CREATE_OPERATIONS) {
    const figures = results.creates.get(op.key);
    if (!figures) continue;
    // What a restart would load: the store file and its change log.
    const found = await indexesInFile(db, op.onDisk(tag));
    const logFile = `${db}.log`;
    if (existsSync(logFile))
      for (const index of await indexesInFile(logFile, op.onDisk(tag))) found.add(index);
    figures.missing = [...figures.acked].filter((index) => !found.has(index));
    figures.onDisk = figures.acked.size - figures.missing.length;
    if (figures.missing.length > 0)
      results.notes.push(
        `${op.title}: acknowledged but not on disk: request ${figures.missing.slice(0, 10).join(', ')}`,
      );
    const extra = found.size - figures.onDisk;
    if (extra > 0)
      results.notes.push(
        `${op.title}: ${extra} records on disk beyond the ${figures.acked.size} acknowledged (in flight when a run stopped, answered after it)`,
      );
  }
}
