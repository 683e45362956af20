import type { IncomingHttpHeaders } from 'node:http';
import { reply, type Reply, type RequestView } from '../../core/api/index.ts';
import type { components } from '../../generated/scalr.ts';

type Pagination = components['schemas']['Pagination'];
type ListLinks = components['schemas']['ListLinks'];
export type IncludedResource = components['schemas']['IncludedResource'];

const PROFILE = /(?:^|[,;\s])profile="?([a-z]+)"?/;
const PAGE_NUMBER = 'page[number]';
const PAGE_SIZE = 'page[size]';
const DEFAULT_PAGE_SIZE = 20;
/** Made on the first sort: building an ICU collator costs milliseconds at every start. */
let collator: Intl.Collator | undefined;

/** `Prefer: profile=preview` is answered with `Preference-Applied: profile=preview`. */
export function preferenceApplied(prefer: string | string[] | undefined): Record<string, string> {
  const profile = PROFILE.exec([prefer ?? []].flat().join(','))?.[1];
  return profile ? { 'Preference-Applied': `profile=${profile}` } : {};
}

/**
 * A JSON:API answer. Scalr writes members in key order, as the document's example shows; the
 * resources are built and stored in that order, so the usual answer is sent as it is.
 */
export function document(status: number, body: object): Reply {
  return reply(status, inKeyOrder(body) ? body : withSortedKeys(body));
}

/**
 * Listed objects found in key order already: a table's rows are the same objects while they
 * are held, so a page served again walks its resources no more. Rows are not edited in place
 * (a change replaces the row), so an object once in order stays so.
 */
const ordered = new WeakSet<object>();

/** Whether every object in `value` is plain and has its keys in order. */
function inKeyOrder(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(listedInKeyOrder);
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  let previous: string | undefined;
  for (const key in value) {
    if (previous !== undefined && previous >= key) return false;
    if (!inKeyOrder((value as Record<string, unknown>)[key])) return false;
    previous = key;
  }
  return true;
}

function listedInKeyOrder(item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return true;
  if (ordered.has(item)) return true;
  if (!inKeyOrder(item)) return false;
  ordered.add(item);
  return true;
}

function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = withSortedKeys((value as Record<string, unknown>)[key]);
    // A plain assignment to "__proto__" would set the prototype instead of a member.
    if (key === '__proto__')
      Object.defineProperty(sorted, key, {
        value: member,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else sorted[key] = member;
  }
  return sorted;
}

export interface Page {
  number: number;
  size: number;
}

export function pageOf(query: Record<string, unknown>): Page {
  return {
    number: Number(query[PAGE_NUMBER] ?? 1),
    size: Number(query[PAGE_SIZE] ?? DEFAULT_PAGE_SIZE),
  };
}

/**
 * One page of `rows` with `meta.pagination` and absolute `links` that repeat the
 * client's own URL (host, facsimile prefix, other parameters) with another page.
 */
export function paginate<Row>(rows: readonly Row[], page: Page, request: RequestView) {
  const totalCount = rows.length;
  // An empty list still has its (empty) page 1, which `links.first` and `links.last` name.
  const totalPages = Math.max(Math.ceil(totalCount / page.size), 1);
  const lastPage = totalPages;
  const start = (page.number - 1) * page.size;
  const pagination: Pagination = {
    'current-page': page.number,
    'next-page': page.number < totalPages ? page.number + 1 : null,
    'page-size': page.size,
    // Past the end, `prev` still names a page that exists.
    'prev-page': page.number > 1 ? Math.min(page.number - 1, lastPage) : null,
    'total-count': totalCount,
    'total-pages': totalPages,
  };
  const link = linkTo(request, page.size);
  const links: ListLinks = {
    first: link(1),
    last: link(lastPage),
    next: pagination['next-page'] === null ? null : link(pagination['next-page']),
    prev: pagination['prev-page'] === null ? null : link(pagination['prev-page']),
    self: link(page.number),
  };
  return { items: rows.slice(start, start + page.size), links, meta: { pagination } };
}

/** Link makers of the URLs last paged, by URL and the headers that make its origin. */
const linkMakers = new Map<string, (number: number) => string>();
const MAX_REMEMBERED_URLS = 256;
/** Longer URLs (up to the header limit) are worked out every time rather than kept. */
const MAX_REMEMBERED_URL_LENGTH = 2048;
/** Pages whose links a remembered URL keeps. */
const REMEMBERED_PAGES = 16;

/**
 * The page links differ only in the page number: the query around it is sorted and encoded
 * once per URL a client pages, not once per link or request.
 */
function linkTo(request: RequestView, size: number): (number: number) => string {
  const { headers } = request;
  // Header values cannot hold a NUL, so the parts cannot run into each other.
  const key = [
    size,
    headers['x-forwarded-proto'] ?? '',
    headers['x-forwarded-host'] ?? '',
    headers.host ?? '',
    request.originalUrl,
  ].join('\u0000');
  const known = linkMakers.get(key);
  if (known) return known;
  const made = makeLinkTo(request, size);
  if (key.length <= MAX_REMEMBERED_URL_LENGTH) {
    if (linkMakers.size >= MAX_REMEMBERED_URLS) linkMakers.clear();
    linkMakers.set(key, made);
  }
  return made;
}

function makeLinkTo(request: RequestView, size: number): (number: number) => string {
  const [path = '/', search = ''] = request.originalUrl.split('?', 2);
  const entries: [string, string][] = [...new URLSearchParams(search)].filter(
    ([key]) => key !== PAGE_NUMBER && key !== PAGE_SIZE,
  );
  entries.push([PAGE_NUMBER, ''], [PAGE_SIZE, String(size)]);
  // Stable sort: repeated parameters keep their order.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const at = entries.findIndex(([key]) => key === PAGE_NUMBER);
  const before = new URLSearchParams(entries.slice(0, at + 1)).toString();
  const after = new URLSearchParams(entries.slice(at + 1)).toString();
  const prefix = `${originOf(request.headers)}${path}?${before}`;
  const suffix = after === '' ? '' : `&${after}`;
  // The first pages' links are what clients page through most: kept, they are built once.
  const made: string[] = [];
  return (number) => {
    if (!(Number.isInteger(number) && number >= 0 && number < REMEMBERED_PAGES))
      return `${prefix}${number}${suffix}`;
    return (made[number] ??= `${prefix}${number}${suffix}`);
  };
}

/** Whether `proto://host` is an origin as the client wrote it; short ones seen are remembered. */
const validOrigins = new Map<string, boolean>();
const MAX_REMEMBERED_ORIGINS = 256;
/** A DNS name's longest, plus a scheme and a port: longer ones are checked every time. */
const MAX_REMEMBERED_LENGTH = 280;

function isOrigin(origin: string, host: string): boolean {
  const known = validOrigins.get(origin);
  if (known !== undefined) return known;
  const valid = URL.canParse(origin) && new URL(origin).host === host.toLowerCase();
  if (origin.length <= MAX_REMEMBERED_LENGTH) {
    if (validOrigins.size >= MAX_REMEMBERED_ORIGINS) validOrigins.clear();
    validOrigins.set(origin, valid);
  }
  return valid;
}

/** The origin the client used, through a reverse proxy's X-Forwarded-* when there is one. */
function originOf(headers: IncomingHttpHeaders): string {
  const first = (value: string | string[] | undefined) =>
    [value ?? []].flat().join(',').split(',')[0]?.trim() || undefined;
  const forwardedProto = first(headers['x-forwarded-proto']);
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : 'http';
  // Forwarded headers come from the client here: use them only when they make a valid origin.
  for (const host of [first(headers['x-forwarded-host']), headers.host, 'localhost']) {
    if (host && isOrigin(`${proto}://${host}`, host)) return `${proto}://${host}`;
  }
  return `${proto}://localhost`;
}

export type SortValue = string | null;

/**
 * Sorts by `fields` (`email`, `-last-login-at`, ...); rows that tie keep their
 * stored order. Nulls come last going up and first going down, as in PostgreSQL.
 */
export function sorted<Row>(
  rows: readonly Row[],
  fields: readonly string[],
  valueOf: (row: Row, field: string) => SortValue,
): readonly Row[] {
  if (fields.length === 0) return rows;
  const keys = fields.map((field) =>
    field.startsWith('-') ? { field: field.slice(1), sign: -1 } : { field, sign: 1 },
  );
  // Each row's values are taken once: a value may be another table's row read by key.
  const decorated = rows.map((row) => ({
    row,
    values: keys.map(({ field }) => valueOf(row, field)),
  }));
  decorated.sort((a, b) => {
    for (let at = 0; at < keys.length; at += 1) {
      const order = compare(a.values[at] ?? null, b.values[at] ?? null);
      if (order !== 0) return (keys[at]?.sign ?? 1) * order;
    }
    return 0;
  });
  return decorated.map(({ row }) => row);
}

function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  collator ??= new Intl.Collator('en');
  return collator.compare(a, b);
}

/** Side-loads resources once each, in the order they are first referenced. */
export function included<Row>(
  rows: readonly Row[],
  paths: readonly string[],
  resolve: (row: Row, path: string) => (IncludedResource | undefined)[],
): IncludedResource[] {
  const seen = new Set<string>();
  const out: IncludedResource[] = [];
  for (const row of rows) {
    for (const path of paths) {
      for (const resource of resolve(row, path)) {
        if (!resource || seen.has(`${resource.type}/${resource.id}`)) continue;
        seen.add(`${resource.type}/${resource.id}`);
        out.push(resource);
      }
    }
  }
  return out;
}

/** A comma-separated list parameter as an array (the validator splits it; a bare value may not). */
export function listParameter(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : String(value).split(',')).map(String);
}
