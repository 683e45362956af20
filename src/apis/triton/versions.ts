import { type RequestView, ApiError } from '../../core/api/index.ts';

/** The versions sdc-cloudapi 9 registers its routes under; the highest is `Api-Version`. */
const VERSIONS = ['7.0.0', '7.1.0', '7.2.0', '7.3.0', '8.0.0', '9.0.0'];
const HIGHEST = VERSIONS.at(-1) as string;

type Triple = [number, number, number];
type Check = (version: Triple) => boolean;

/**
 * The version restify routes a request to: the highest registered one that
 * the `Accept-Version` (or `X-Api-Version`) range admits, `*` when absent.
 * None: 400 InvalidVersion "<range> is not supported by <METHOD> <path>".
 */
export function servedVersion(range: string | undefined, method: string, path: string): string {
  if (range === undefined || range.trim() === '') return HIGHEST;
  const sets = range.split('||').map(comparatorSet);
  const served = [...VERSIONS]
    .reverse()
    .find((version) => sets.some((set) => set?.every((check) => check(triple(version)))));
  if (served) return served;
  throw new ApiError({
    kind: 'invalid',
    code: 'InvalidVersion',
    message: `${range} is not supported by ${method} ${path}`,
  });
}

/** `Accept-Version`, or `X-Api-Version` (restify reads both). */
export function acceptVersionOf(request: RequestView): string | undefined {
  const sent = request.headers['accept-version'] ?? request.headers['x-api-version'];
  return Array.isArray(sent) ? sent[0] : sent;
}

export function pathOf(request: RequestView): string {
  return request.url.split('?')[0] ?? '/';
}

/** The `Api-Version` response header: the version served, the highest on an error. */
export function apiVersionFor(request: RequestView): string {
  try {
    return servedVersion(acceptVersionOf(request), request.method, pathOf(request));
  } catch {
    return HIGHEST;
  }
}

function triple(version: string): Triple {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  return [major, minor, patch];
}

const COMPARATOR = /^(~|\^|>=|<=|>|<|=)?v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?$/;

/** One `||` alternative: comparators joined by spaces; `undefined` when one cannot be read. */
function comparatorSet(text: string): Check[] | undefined {
  const parts = text.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [() => true];
  const checks = parts.map(comparator);
  return checks.every((check) => check !== undefined) ? (checks as Check[]) : undefined;
}

function comparator(text: string): Check | undefined {
  if (text === '*' || text === 'x' || text === 'X') return () => true;
  const match = COMPARATOR.exec(text);
  if (!match) return undefined;
  const [, operator = '', ...raw] = match;
  const given = raw.filter((part) => part !== undefined && !/^[xX*]$/.test(part)).map(Number);
  const low: Triple = [given[0] ?? 0, given[1] ?? 0, given[2] ?? 0];
  // The first version past the partial one: 9 → 10.0.0, 9.1 → 9.2.0, 9.1.2 → 9.1.3.
  const next = bump(low, given.length === 0 ? -1 : given.length - 1);
  switch (operator) {
    case '>=':
      return (v) => cmp(v, low) >= 0;
    case '>':
      return (v) => cmp(v, next) >= 0;
    case '<':
      return (v) => cmp(v, low) < 0;
    case '<=':
      return (v) => cmp(v, next) < 0;
    case '~':
      return (v) => cmp(v, low) >= 0 && cmp(v, bump(low, Math.min(given.length - 1, 1))) < 0;
    case '^':
      return (v) => cmp(v, low) >= 0 && cmp(v, bump(low, caretPlace(low, given.length))) < 0;
    default:
      return (v) => cmp(v, low) >= 0 && (given.length === 0 || cmp(v, next) < 0);
  }
}

/** `^` may not change the left-most non-zero part. */
function caretPlace(low: Triple, given: number): number {
  if (low[0] !== 0 || given <= 1) return 0;
  if (low[1] !== 0 || given === 2) return 1;
  return 2;
}

function bump(version: Triple, place: number): Triple {
  if (place < 0) return [Infinity, 0, 0];
  const bumped: Triple = [...version];
  bumped[place] = (bumped[place] ?? 0) + 1;
  for (let i = place + 1; i < 3; i += 1) bumped[i] = 0;
  return bumped;
}

function cmp(a: Triple, b: Triple): number {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return (a[i] ?? 0) < (b[i] ?? 0) ? -1 : 1;
  return 0;
}
