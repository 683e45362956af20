import type { Throughput } from './load.ts';
import type { Stopped } from './processes.ts';
import type { SequentialLatency } from './sequential.ts';

/** What `compaction-block-run.ts` prints: how long a compaction held the event loop at a time. */
export interface CompactionBlock {
  takeLongestBlockMs: number;
  takeLongestGcMs: number;
  writeLongestBlockMs: number;
  writeBlocksOver10Ms: number;
  writeLongestGcMs: number;
  totalMs: number;
}

/** One operation's writes to one store, timed here (autocannon's histogram counts whole ms). */
export interface Latency {
  /** Milliseconds from sending the request to its last byte; undefined without a sample. */
  p50: number | undefined;
  p99: number | undefined;
  /** Writes answered with the expected status in the measured part: the samples. */
  served: number;
  /** Answers with another status, by status. */
  unexpected: Record<string, number>;
  errors: number;
  /** The measured slices' time in ms, added up. */
  ms: number;
}

/** The shared-store setups' figures (bench/shared-store.ts), by setup: 'file', 'pg1' or 'pg2'. */
export type SharedFigures = Map<
  'file' | 'pg1' | 'pg2',
  { creates?: Throughput; reads?: Throughput }
>;

/** One read operation under each server. */
export interface ReadFigures {
  http?: Throughput;
  express?: Throughput;
  prism?: Throughput;
  /** Express with the stub's own validator set-up and nothing else. */
  validator?: Throughput;
  stub?: Throughput;
  /** The stub's RSS right after this operation's run. */
  stubRssMb?: number;
  /** One connection, requests one after the other: the latency a single test client sees. */
  sequential?: { stub?: SequentialLatency; express?: SequentialLatency };
}

/** One create operation on the large store. */
export interface CreateFigures {
  stub?: Throughput;
  rssMb?: number;
  /** Indexes of the requests answered 201 (warm-up and measured run). */
  acked: Set<number>;
  /** How many of those were in the store file after shutdown, and which were not. */
  onDisk?: number;
  missing?: number[];
}

/** Everything measured, filled phase by phase; a phase that failed leaves its part empty. */
export interface Results {
  startup: {
    bareMs?: number;
    bareRssMb?: number;
    defaultMs?: number;
    defaultRssMb?: number;
    largeMs?: number;
    /** The same store started with its image removed: the JSON file parsed. */
    largeParseMs?: number;
    largeRssMb?: number;
    /** Memory of the large store's rows alone: the file opened by a process doing nothing else. */
    largeRowsHeapMb?: number;
    /** Rows in the large store, every table of every API. */
    largeRows?: number;
    /** `facsimile reset --users N` on a fresh file. */
    seedLargeMs?: number;
  };
  /** A test suite's start-up cost (bench/package-start.ts), with bare Express measured alike. */
  packageStart: {
    stubFirstMs?: number;
    stubSecondMs?: number;
    expressFirstMs?: number;
    expressSecondMs?: number;
    npxServeMs?: number;
    bareExpressMs?: number;
    /** Bare Express started through npx and a bin, as `npx facsimile serve` is. */
    npxBareExpressMs?: number;
    /** The first request after the first start, which builds that API's validator. */
    stubFirstRequestMs?: number;
    expressFirstRequestMs?: number;
    /** `facsimile --help`, and `node -e 0` beside it. */
    helpMs?: number;
    nodeMs?: number;
  };
  read: Map<string, ReadFigures>;
  /** Baseline servers' RSS after the read path. */
  baselineRss: { http?: number; express?: number };
  lookups: Map<string, { small?: Throughput; large?: Throughput }>;
  largeRssAfterLookupsMb?: number;
  /** Each API's write, timed on a stub with `smallUsers` users per API and on the large one. */
  writes: Map<string, { small?: Latency; large?: Latency }>;
  largeRssAfterWritesMb?: number;
  /** The large store's peak RSS (VmHWM) from its start to just before its shutdown. */
  largePeakRssMb?: number;
  jsonServer: { create?: Throughput; rssMb?: number; records?: number };
  /** How long a compaction of the large store held the event loop at a time. */
  largeCompaction?: CompactionBlock;
  creates: Map<string, CreateFigures>;
  /** Creates and reads per store setup (bench/shared-store.ts). */
  shared: SharedFigures;
  shutdown?: Stopped;
  /** Said under the table: pinning, errors, unexpected statuses. */
  notes: string[];
}

export function emptyResults(): Results {
  return {
    startup: {},
    packageStart: {},
    read: new Map(),
    baselineRss: {},
    lookups: new Map(),
    writes: new Map(),
    jsonServer: {},
    creates: new Map(),
    shared: new Map(),
    notes: [],
  };
}

/** A note for any run that saw other statuses, connection errors or timeouts. */
export function noteOddities(results: Results, what: string, run: Throughput): void {
  const statuses = Object.entries(run.unexpected).map(([status, count]) => `${count}× ${status}`);
  if (run.errors > 0) statuses.push(`${run.errors} errors (${run.timeouts} timeouts)`);
  if (statuses.length > 0) results.notes.push(`${what}: ${statuses.join(', ')}`);
}

/** Runs one step; a failure becomes a note and an empty figure instead of ending the bench. */
export async function attempt<T>(
  results: Results,
  what: string,
  step: () => Promise<T>,
): Promise<T | undefined> {
  console.error(`  · ${what}`);
  try {
    return await step();
  } catch (error) {
    results.notes.push(`${what} failed: ${(error as Error).message}`);
    return undefined;
  }
}
