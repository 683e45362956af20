// The targets of issue 24, "quick to start, light to serve": the read path against the
// Express + express-openapi-validator floor it stands on, one client's latency, and start-up
// as ratios to what bare Express pays in the same run.
import type { Results } from './results.ts';
import { READ_OPERATIONS } from './scenarios.ts';
import { atLeastTimes, atMostTimes, below, type Row } from './table.ts';

const READ_VS_FLOOR = 0.85;
export const P99_VS_EXPRESS = 1.5;
const SEQUENTIAL_P99_VS_EXPRESS = 2;
const FIRST_START_VS_EXPRESS = 3;
const SECOND_START_MS = 50;
const SERVE_VS_EXPRESS = 4.5;
const HELP_VS_NODE = 3;

export function leanRows(results: Results): Row[] {
  return READ_OPERATIONS.flatMap((op) => {
    const figures = results.read.get(op.key) ?? {};
    return [
      {
        figure: `${op.title}: req/s`,
        value: figures.stub?.rps,
        unit: 'req/s',
        baseline: { label: 'Express + EOV floor', value: figures.validator?.rps },
        target: atLeastTimes(READ_VS_FLOOR, 'the floor'),
      },
      {
        // The same target as CPU time, which load from elsewhere on the machine moves far less.
        figure: `${op.title}: server CPU per request`,
        value: figures.stub?.cpuUsPerRequest,
        unit: 'µs',
        baseline: { label: 'Express + EOV floor', value: figures.validator?.cpuUsPerRequest },
        target: atMostTimes(1 / READ_VS_FLOOR, 'the floor'),
      },
      {
        figure: `${op.title}: p99, 1 connection, 2,000 sequential`,
        value: figures.sequential?.stub?.p99,
        unit: 'ms',
        baseline: { label: 'bare Express', value: figures.sequential?.express?.p99 },
        target: atMostTimes(SEQUENTIAL_P99_VS_EXPRESS, 'bare Express'),
      },
    ] satisfies Row[];
  });
}

export function packageStartRows({ packageStart: figures }: Results): Row[] {
  return [
    {
      figure: 'import + first startStub(), fresh process',
      value: figures.stubFirstMs,
      unit: 'ms',
      baseline: { label: 'Express import + listen', value: figures.expressFirstMs },
      target: atMostTimes(FIRST_START_VS_EXPRESS, 'Express'),
    },
    {
      figure: 'first request after it (builds that API)',
      value: figures.stubFirstRequestMs,
      unit: 'ms',
      baseline: { label: 'first Express request', value: figures.expressFirstRequestMs },
    },
    {
      figure: 'second startStub(), same process',
      value: figures.stubSecondMs,
      unit: 'ms',
      baseline: { label: 'second Express listen', value: figures.expressSecondMs },
      target: below(SECOND_START_MS, 'ms'),
    },
    {
      figure: 'npx facsimile serve (spawn → first 200)',
      value: figures.npxServeMs,
      unit: 'ms',
      baseline: { label: 'bare Express by npx too', value: figures.npxBareExpressMs },
      target: atMostTimes(SERVE_VS_EXPRESS, 'bare Express'),
    },
    {
      figure: 'npx facsimile serve, against bare Express run by node',
      value: figures.npxServeMs,
      unit: 'ms',
      baseline: { label: 'bare Express', value: figures.bareExpressMs },
    },
    {
      figure: 'facsimile --help',
      value: figures.helpMs,
      unit: 'ms',
      baseline: { label: 'node -e 0', value: figures.nodeMs },
      target: atMostTimes(HELP_VS_NODE, 'node -e 0'),
    },
  ];
}
