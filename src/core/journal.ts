import type { IncomingHttpHeaders } from 'node:http';
import type { components } from '../generated/admin.ts';

export type JournalEntry = components['schemas']['JournalEntry'];
export type Verification = components['schemas']['Verification'];
export type NewJournalEntry = Omit<JournalEntry, 'id' | 'request' | 'response'>;
type Exchange = Pick<JournalEntry, 'request' | 'response'>;

interface StoredEntry {
  entry: Omit<JournalEntry, 'request' | 'response'>;
  /** Redacts the bodies and headers, on first read: nothing is parsed on the request path. */
  exchange: () => Exchange;
  shown?: JournalEntry;
}

export const DEFAULT_JOURNAL_CAPACITY = 1000;
/** Bodies longer than this (as JSON) are kept as a note of their size, so the ring stays small. */
const MAX_BODY_CHARS = 16 * 1024;
const REDACTED = '[redacted]';
/** Field and header names whose values are secrets wherever they appear. */
const SECRET_NAME =
  /pass(word|wd|phrase)?|secret|token|authorization|api[-_]?key|credential|private|digest|hash|jwt|signature|cookie/i;

export interface JournalFilter {
  api?: string;
  operationId?: string;
  status?: number;
  session?: string;
}

/**
 * The last requests the APIs answered, in a ring of fixed capacity. Every
 * entry leaves the journal with its secrets redacted (the redaction runs once,
 * when an entry is first read), so what it shows can be logged and returned
 * without leaking a password or a token.
 */
export class Journal {
  readonly capacity: number;
  readonly #ring: StoredEntry[] = [];
  #next = 0;
  #nextId = 1;

  constructor(capacity = DEFAULT_JOURNAL_CAPACITY) {
    this.capacity = capacity;
  }

  /** Files an exchange; `exchange` gives its raw request and response for redaction when read. */
  add(entry: NewJournalEntry, exchange: () => Exchange): void {
    const stored = { entry: { id: this.#nextId++, ...entry }, exchange };
    if (this.#ring.length < this.capacity) this.#ring.push(stored);
    else this.#ring[this.#next] = stored;
    this.#next = (this.#next + 1) % this.capacity;
  }

  get size(): number {
    return this.#ring.length;
  }

  /** Newest first. */
  entries(filter: JournalFilter = {}): JournalEntry[] {
    return this.#ring
      .filter((stored) => matchesFilter(stored.entry, filter))
      .sort((a, b) => b.entry.id - a.entry.id)
      .map((stored) => (stored.shown ??= { ...stored.entry, ...stored.exchange() }));
  }

  clear(): void {
    this.#ring.length = 0;
    this.#next = 0;
  }

  verify(pattern: Verification) {
    const matching = this.entries().filter(
      (entry) =>
        matchesFilter(entry, pattern) &&
        (pattern.method === undefined || entry.method === pattern.method.toUpperCase()) &&
        (pattern.path === undefined || entry.path.split('?')[0] === pattern.path) &&
        (pattern.body === undefined || contains(entry.request.body, pattern.body)),
    );
    const count = matching.length;
    const { times, atLeast, atMost } = pattern;
    const expectations: [boolean, string][] = [];
    if (times !== undefined) expectations.push([count === times, `exactly ${times}`]);
    if (atLeast !== undefined) expectations.push([count >= atLeast, `at least ${atLeast}`]);
    if (atMost !== undefined) expectations.push([count <= atMost, `at most ${atMost}`]);
    if (expectations.length === 0) expectations.push([count >= 1, 'at least 1']);
    return {
      verified: expectations.every(([met]) => met),
      count,
      expected: expectations.map(([, text]) => text).join(' and '),
      entries: matching.map((entry) => entry.id).reverse(),
    };
  }
}

function matchesFilter(entry: NewJournalEntry, filter: JournalFilter): boolean {
  return (
    (filter.api === undefined || entry.api === filter.api) &&
    (filter.operationId === undefined || entry.operationId === filter.operationId) &&
    (filter.status === undefined || entry.status === filter.status) &&
    (filter.session === undefined || entry.session === filter.session)
  );
}

/** True when every field `expected` names is equal in `actual`, recursively; arrays must be equal. */
export function contains(actual: unknown, expected: unknown): boolean {
  if (typeof expected !== 'object' || expected === null || Array.isArray(expected))
    return JSON.stringify(actual) === JSON.stringify(expected);
  if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
  return Object.entries(expected).every(([key, value]) =>
    contains((actual as Record<string, unknown>)[key], value),
  );
}

/** A deep copy of `value` with the value of every secret-named field replaced. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 32) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_NAME.test(key) && item !== null && item !== '' ? REDACTED : redact(item, depth + 1),
    ]),
  );
}

export function redactHeaders(headers: IncomingHttpHeaders | Record<string, unknown>) {
  return redact(
    Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)),
  ) as Record<string, unknown>;
}

/** Whether a body of this many characters is kept, or only noted by its size. */
export function keepsBody(length: number): boolean {
  return length <= MAX_BODY_CHARS;
}

/** A body as the journal shows it: redacted, or a note of its size when too long to keep. */
export function journalBody(body: unknown): unknown {
  if (body === undefined) return undefined;
  const text = typeof body === 'string' ? body : safeStringify(body);
  if (text === undefined) return { omitted: 'not serialisable (nested too deeply)' };
  if (text.length > MAX_BODY_CHARS) return { omitted: `${text.length} characters` };
  if (typeof body !== 'string') return redact(body);
  try {
    return redact(JSON.parse(body));
  } catch {
    return body.replace(SECRET_IN_TEXT, `$1${REDACTED}`);
  }
}

/** A secret-named field in text that is not JSON (a malformed body): `"password": "x` or `password=x`. */
const SECRET_IN_TEXT = new RegExp(
  `((?:${SECRET_NAME.source})\\w*"?\\s*[:=]\\s*"?)[^",&}\\s]*`,
  'gi',
);

function safeStringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
