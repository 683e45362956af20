import { compactionRows } from './compaction-block.ts';
import type { BenchConfig } from './config.ts';
import type { Results } from './results.ts';
import {
  CREATE_OPERATIONS,
  LOOKUP_OPERATIONS,
  READ_OPERATIONS,
  WRITE_OPERATIONS,
} from './scenarios.ts';
import { leanRows, packageStartRows, P99_VS_EXPRESS } from './lean-targets.ts';
import { sharedRows } from './shared-store.ts';
import {
  atLeastTimes,
  atMostTimes,
  below,
  everyAcknowledged,
  withinPercent,
  withinPercentAbove,
  type Row,
} from './table.ts';

// The targets of issue 6, "Benchmarks", and of issue 11 (write latency, RSS at 100,000 users).
const READ_VS_EXPRESS = 0.6;
const READ_VS_PRISM = 1.2;
const CREATES_VS_JSON_SERVER = 10;
const CREATE_P99_MS = 50;
const LOOKUP_TOLERANCE_PERCENT = 20;
const WRITE_LATENCY_TOLERANCE_PERCENT = 20;
const START_UP_MS = 1_000;
const RSS_DEFAULT_MB = 150;
const RSS_LARGE_MB = 500;
// The targets of issue 19: a large store on a small machine.
const LARGE_START_UP_MS = 3_000;
const SEED_LARGE_MS = 20_000;
const SHUTDOWN_MS = 2_000;

/** The table: every figure with its same-run baseline and, where the issue sets one, its target. */
export function rowsOf(results: Results, config: BenchConfig): Row[] {
  return [
    ...readRows(results),
    ...lookupRows(results, config),
    ...writeRows(results, config),
    ...createRows(results, config),
    ...startupRows(results, config),
    ...packageStartRows(results),
    ...leanRows(results),
    ...sharedRows(results),
    ...compactionRows(results, config),
  ];
}

function readRows(results: Results): Row[] {
  return READ_OPERATIONS.flatMap((op) => {
    const figures = results.read.get(op.key) ?? {};
    const stub = figures.stub;
    return [
      {
        figure: `${op.title}: req/s`,
        value: stub?.rps,
        unit: 'req/s',
        baseline: { label: 'bare Express', value: figures.express?.rps },
        target: atLeastTimes(READ_VS_EXPRESS, 'Express'),
      },
      {
        figure: `${op.title}: req/s`,
        value: stub?.rps,
        unit: 'req/s',
        baseline: { label: 'Prism', value: figures.prism?.rps },
        target: atLeastTimes(READ_VS_PRISM, 'Prism'),
      },
      {
        figure: `${op.title}: req/s`,
        value: stub?.rps,
        unit: 'req/s',
        baseline: { label: 'bare node:http', value: figures.http?.rps },
      },
      {
        // What Express plus the card's validator alone reach: the read path's ceiling.
        figure: `${op.title}, Express + validator only: req/s`,
        value: figures.validator?.rps,
        unit: 'req/s',
        baseline: { label: 'bare Express', value: figures.express?.rps },
      },
      {
        figure: `${op.title}: p50`,
        value: stub?.p50,
        unit: 'ms',
        baseline: { label: 'bare Express', value: figures.express?.p50 },
      },
      {
        figure: `${op.title}: p99`,
        value: stub?.p99,
        unit: 'ms',
        baseline: { label: 'bare Express', value: figures.express?.p99 },
        target: atMostTimes(P99_VS_EXPRESS, 'bare Express'),
      },
      {
        figure: `RSS after ${op.title} (default fixtures)`,
        value: figures.stubRssMb,
        unit: 'MB',
        baseline: { label: 'bare node:http', value: results.baselineRss.http },
        target: below(RSS_DEFAULT_MB, 'MB'),
      },
    ] satisfies Row[];
  });
}

function lookupRows(results: Results, config: BenchConfig): Row[] {
  return LOOKUP_OPERATIONS.map((op) => {
    const figures = results.lookups.get(op.key);
    return {
      figure: `${op.title}: req/s, ${count(config.largeUsers)} users/API`,
      value: figures?.large?.rps,
      unit: 'req/s',
      baseline: { label: `${config.smallUsers} users/API`, value: figures?.small?.rps },
      target: withinPercent(LOOKUP_TOLERANCE_PERCENT),
    };
  });
}

/** p50 and p99 of each API's write with the large store, against the same with `smallUsers`. */
function writeRows(results: Results, config: BenchConfig): Row[] {
  const large = `${count(config.largeUsers)} users/API`;
  const small = `${config.smallUsers} users/API`;
  return WRITE_OPERATIONS.flatMap((op) => {
    const figures = results.writes.get(op.key);
    return (['p50', 'p99'] as const).map((at) => ({
      figure: `${op.title}: write ${at}, ${large}`,
      value: figures?.large?.[at],
      unit: 'ms',
      baseline: { label: small, value: figures?.small?.[at] },
      target: withinPercentAbove(WRITE_LATENCY_TOLERANCE_PERCENT),
    }));
  });
}

function createRows(results: Results, config: BenchConfig): Row[] {
  const json = results.jsonServer.create;
  const large = `${count(config.largeUsers)} users/API`;
  return CREATE_OPERATIONS.flatMap((op) => {
    const figures = results.creates.get(op.key);
    return [
      {
        figure: `${op.title}: creates/s, ${large}`,
        value: figures?.stub?.rps,
        unit: 'req/s',
        baseline: { label: 'json-server', value: json?.rps },
        target: atLeastTimes(CREATES_VS_JSON_SERVER, 'json-server'),
      },
      {
        figure: `${op.title}: p99`,
        value: figures?.stub?.p99,
        unit: 'ms',
        baseline: { label: 'json-server', value: json?.p99 },
        target: below(CREATE_P99_MS, 'ms'),
      },
      {
        figure: `${op.title}: acknowledged creates on disk`,
        value: figures?.onDisk,
        unit: 'records',
        baseline: { label: '201s', value: figures?.acked.size },
        target: everyAcknowledged,
      },
      {
        figure: `RSS after ${op.title} (${large})`,
        value: figures?.rssMb,
        unit: 'MB',
        baseline: { label: 'default fixtures', value: results.startup.defaultRssMb },
        target: below(RSS_LARGE_MB, 'MB'),
      },
    ] satisfies Row[];
  });
}

function startupRows(results: Results, config: BenchConfig): Row[] {
  const { startup } = results;
  const large = `${count(config.largeUsers)} users/API`;
  return [
    {
      figure: 'start-up, default fixtures (spawn → first 200)',
      value: startup.defaultMs,
      unit: 'ms',
      baseline: { label: 'bare node:http', value: startup.bareMs },
      target: below(START_UP_MS, 'ms'),
    },
    {
      figure: `start-up, ${large} (existing store)`,
      value: startup.largeMs,
      unit: 'ms',
      baseline: { label: 'default fixtures', value: startup.defaultMs },
      target: below(LARGE_START_UP_MS, 'ms'),
    },
    {
      figure: `start-up, ${large}, no image (the file parsed)`,
      value: startup.largeParseMs,
      unit: 'ms',
      baseline: { label: 'with its image', value: startup.largeMs },
    },
    {
      figure: `seeding ${large} (facsimile reset)`,
      value: startup.seedLargeMs,
      unit: 'ms',
      baseline: { label: 'default start-up', value: startup.defaultMs },
      target: below(SEED_LARGE_MS, 'ms'),
    },
    {
      figure: `SIGTERM after the creates to exit, ${large}`,
      value: results.shutdown?.killed ? undefined : results.shutdown?.ms,
      unit: 'ms',
      target: below(SHUTDOWN_MS, 'ms'),
    },
    {
      // What one more row costs: the large store's RSS above the default store's, per row.
      figure: `bytes per row at first 200, ${large}`,
      value: bytesPerRow(startup.largeRssMb, startup.defaultRssMb, startup.largeRows),
      unit: 'B/row',
      baseline: {
        label: 'rows alone',
        value: bytesPerRow(startup.largeRowsHeapMb, 0, startup.largeRows),
      },
    },
    {
      figure: 'RSS at first 200, default fixtures',
      value: startup.defaultRssMb,
      unit: 'MB',
      baseline: { label: 'bare node:http', value: startup.bareRssMb },
      target: below(RSS_DEFAULT_MB, 'MB'),
    },
    {
      figure: `RSS at first 200, ${large}`,
      value: startup.largeRssMb,
      unit: 'MB',
      baseline: { label: 'default fixtures', value: startup.defaultRssMb },
      target: below(RSS_LARGE_MB, 'MB'),
    },
    {
      figure: `RSS at first 200, ${large}`,
      value: startup.largeRssMb,
      unit: 'MB',
      baseline: { label: 'rows alone (heap and buffers)', value: startup.largeRowsHeapMb },
    },
    {
      figure: `RSS after lookups, ${large}`,
      value: results.largeRssAfterLookupsMb,
      unit: 'MB',
      baseline: { label: 'default fixtures', value: startup.defaultRssMb },
      target: below(RSS_LARGE_MB, 'MB'),
    },
    {
      figure: `RSS after lookups and write latency runs, ${large}`,
      value: results.largeRssAfterWritesMb,
      unit: 'MB',
      baseline: { label: 'default fixtures', value: startup.defaultRssMb },
      target: below(RSS_LARGE_MB, 'MB'),
    },
    {
      // Reached at any moment from spawn to after the creates, start-up and compactions included.
      figure: `peak RSS (VmHWM) after lookups, writes and creates, ${large}`,
      value: results.largePeakRssMb,
      unit: 'MB',
      baseline: { label: 'default fixtures', value: startup.defaultRssMb },
      target: below(RSS_LARGE_MB, 'MB'),
    },
  ];
}

function bytesPerRow(
  mb: number | undefined,
  floorMb: number | undefined,
  rows: number | undefined,
): number | undefined {
  if (mb === undefined || floorMb === undefined || !rows) return undefined;
  return Math.round(((mb - floorMb) * 1024 * 1024) / rows);
}

function count(users: number): string {
  return users.toLocaleString('en-US');
}
