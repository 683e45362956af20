export type Unit = 'req/s' | 'ms' | 'µs' | 'MB' | 'records' | 'B/row';

/** A goal from the issue: its wording, and whether a value (and its ratio) meets it. */
export interface Target {
  text: string;
  met(value: number, ratio: number | undefined): boolean;
}

/** One line of the table; a missing value is a measurement that failed (see the notes). */
export interface Row {
  figure: string;
  value: number | undefined;
  unit: Unit;
  baseline?: { label: string; value: number | undefined };
  target?: Target;
}

type Result = 'PASS' | 'FAIL' | '—';

const COLUMNS = ['figure', 'value', 'baseline', 'ratio', 'target', 'result'] as const;
/** Right-aligned columns: the numbers. */
const RIGHT = new Set<string>(['value', 'ratio']);

export function ratioOf(row: Row): number | undefined {
  const base = row.baseline?.value;
  if (row.value === undefined || base === undefined || base === 0) return undefined;
  return row.value / base;
}

export function resultOf(row: Row): Result {
  if (!row.target) return '—';
  if (row.value === undefined) return 'FAIL';
  return row.target.met(row.value, ratioOf(row)) ? 'PASS' : 'FAIL';
}

/** The rows as one Markdown table, aligned so it reads as well in a terminal as pasted. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => {
    const ratio = ratioOf(row);
    return {
      figure: row.figure,
      value: formatValue(row.value, row.unit),
      baseline: row.baseline
        ? `${row.baseline.label} ${formatValue(row.baseline.value, row.unit)}`
        : '',
      ratio: ratio === undefined ? '' : `${formatRatio(ratio)}×`,
      target: row.target?.text ?? '',
      result: resultOf(row),
    };
  });
  const widths = COLUMNS.map((column) =>
    Math.max(column.length, ...cells.map((cell) => cell[column].length)),
  );
  const line = (values: readonly string[]) =>
    `| ${values
      .map((value, at) =>
        RIGHT.has(COLUMNS[at] ?? '')
          ? value.padStart(widths[at] ?? 0)
          : value.padEnd(widths[at] ?? 0),
      )
      .join(' | ')} |`;
  const rule = `|${widths
    .map((width, at) =>
      RIGHT.has(COLUMNS[at] ?? '') ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2),
    )
    .join('|')}|`;
  return [
    line(COLUMNS),
    rule,
    ...cells.map((cell) => line(COLUMNS.map((column) => cell[column]))),
  ].join('\n');
}

export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined) return 'n/a';
  switch (unit) {
    case 'req/s':
      return `${value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1)} req/s`;
    case 'ms':
      return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
    case 'µs':
      return `${Math.round(value).toLocaleString('en-US')} µs`;
    case 'MB':
      return `${Math.round(value).toLocaleString('en-US')} MB`;
    case 'records':
      return Math.round(value).toLocaleString('en-US');
    case 'B/row':
      return `${Math.round(value).toLocaleString('en-US')} B/row`;
  }
}

function formatRatio(ratio: number): string {
  return ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2);
}

/** Targets, worded as in the issue. */
export const atLeastTimes = (times: number, of: string): Target => ({
  text: `≥ ${formatRatio(times)}× ${of}`,
  met: (_value, ratio) => ratio !== undefined && ratio >= times,
});

/** Lower is better: at most `times` the baseline. */
export const atMostTimes = (times: number, of: string): Target => ({
  text: `≤ ${formatRatio(times)}× ${of}`,
  met: (_value, ratio) => ratio !== undefined && ratio <= times,
});

export const withinPercent = (percent: number): Target => ({
  text: `within ${percent} % (${formatRatio(1 - percent / 100)}–${formatRatio(1 + percent / 100)}×)`,
  met: (_value, ratio) => ratio !== undefined && Math.abs(ratio - 1) <= percent / 100,
});

/** Lower is better (a latency): at most `percent` % above the baseline; any faster passes. */
export const withinPercentAbove = (percent: number): Target => ({
  text: `within ${percent} % (≤ ${formatRatio(1 + percent / 100)}×)`,
  met: (_value, ratio) => ratio !== undefined && ratio <= 1 + percent / 100,
});

export const below = (limit: number, unit: Unit): Target => ({
  text: `< ${formatValue(limit, unit)}`,
  met: (value) => value < limit,
});

/** Every acknowledged record found: the value is the found count, the baseline the 201s. */
export const everyAcknowledged: Target = {
  text: 'every 201 on disk',
  met: (value, ratio) => value > 0 && ratio === 1,
};
