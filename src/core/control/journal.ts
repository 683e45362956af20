import type { IncomingHttpHeaders } from 'node:http';
import type { components } from '../../generated/admin.ts';
import { ByteRing } from './byte-ring.ts';
import { REDACTED, redact, SECRET_NAME } from '../secrets.ts';

export { redact };

export type JournalEntry = components['schemas']['JournalEntry'];
export type Verification = components['schemas']['Verification'];
export type NewJournalEntry = Omit<JournalEntry, 'id' | 'request' | 'response'>;
type Exchange = Pick<JournalEntry, 'request' | 'response'>;

/** An exchange as it happened: headers and bodies before redaction. */
export interface RawExchange {
  request: { headers: object; body: unknown };
  response: { headers: object; body: unknown };
}

interface Record_ {
  entry: Omit<JournalEntry, 'request' | 'response'>;
  raw: RawExchange;
}

import { DEFAULT_JOURNAL_CAPACITY } from '../defaults.ts';
export { DEFAULT_JOURNAL_CAPACITY };
/** Bodies longer than this (as JSON) are kept as a note of their size, so the ring stays small. */
const MAX_BODY_CHARS = 16 * 1024;
/** The ring's bytes per entry it holds: room for the usual exchange, a few long ones among them. */
const BYTES_PER_ENTRY = 8 * 1024;
export interface JournalFilter {
  api?: string;
  operationId?: string;
  status?: number;
  session?: string;
}

/**
 * The last requests the APIs answered, serialised into a byte ring of fixed
 * capacity (nothing a request leaves behind stays on the heap). Every entry
 * leaves the journal with its secrets redacted (the redaction runs when it is
 * read), so what it shows can be logged and returned without leaking a
 * password or a token.
 */
export class Journal {
  readonly #ring: ByteRing;
  #nextId = 1;

  constructor(capacity = DEFAULT_JOURNAL_CAPACITY) {
    this.#ring = new ByteRing(capacity, Math.max(1 << 20, capacity * BYTES_PER_ENTRY));
  }

  get capacity(): number {
    return this.#ring.capacity;
  }

  /** Files an exchange; its headers and bodies are redacted when it is read. */
  add(entry: NewJournalEntry, raw: RawExchange): void {
    const record: Record_ = { entry: { id: this.#nextId++, ...entry }, raw };
    if (this.#ring.append(serialise(record))) return;
    const note = { omitted: 'too long to keep' };
    record.raw = {
      request: { headers: raw.request.headers, body: note },
      response: { headers: raw.response.headers, body: note },
    };
    this.#ring.append(serialise(record));
  }

  get size(): number {
    return this.#ring.size;
  }

  /** Newest first. */
  entries(filter: JournalFilter = {}): JournalEntry[] {
    return this.page(filter).entries;
  }

  /** The newest `limit` matching entries, and how many match; only those shown are redacted. */
  page(filter: JournalFilter, limit = Infinity): { total: number; entries: JournalEntry[] } {
    const matching: Record_[] = [];
    for (const text of this.#ring.texts()) {
      const record = deserialise(text);
      if (matchesFilter(record.entry, filter)) matching.push(record);
    }
    const newest = matching.slice(Math.max(0, matching.length - limit)).reverse();
    return {
      total: matching.length,
      entries: newest.map(({ entry, raw }) => ({ ...entry, ...redactExchange(raw) })),
    };
  }

  clear(): void {
    this.#ring.clear();
  }

  verify(pattern: Verification) {
    const matching = this.entries(pattern).filter(
      (entry) =>
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

/**
 * A record as JSON; a response body sent as text follows it as is, after a newline (which
 * JSON never holds unescaped), so the answer's bytes are not escaped again on every request.
 * A body too deeply nested to serialise is replaced by a note.
 */
function serialise(record: Record_): string {
  const { request, response } = record.raw;
  try {
    if (typeof response.body !== 'string') return JSON.stringify(record);
    const head = { ...record, raw: { request, response: { headers: response.headers } } };
    return `${JSON.stringify(head)}\n${response.body}`;
  } catch {
    const note = { omitted: 'not serialisable (nested too deeply)' };
    return JSON.stringify({
      ...record,
      raw: { request: { ...request, body: note }, response: { ...response, body: note } },
    });
  }
}

function deserialise(text: string): Record_ {
  const end = text.indexOf('\n');
  if (end < 0) return JSON.parse(text) as Record_;
  const record = JSON.parse(text.slice(0, end)) as Record_;
  record.raw.response.body = text.slice(end + 1);
  return record;
}

function redactExchange(raw: RawExchange): Exchange {
  return {
    request: { headers: redactHeaders(raw.request.headers), body: journalBody(raw.request.body) },
    response: {
      headers: redactHeaders(raw.response.headers),
      body: journalBody(raw.response.body),
    },
  };
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

export function redactHeaders(headers: IncomingHttpHeaders | object) {
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
