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
    const id = this.#nextId++;
    if (append(this.#ring, id, entry, raw)) return;
    const note = { omitted: 'too long to keep' };
    append(this.#ring, id, entry, {
      request: { headers: raw.request.headers, body: note },
      response: { headers: raw.response.headers, body: note },
    });
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
 * A record's first line, as JSON: `[id, entry, request, response headers]`, then the response
 * body. A body sent as text follows the line as it is, after its newline (which JSON never
 * holds unescaped), so the answer's bytes are neither escaped again nor copied into one string
 * with the line on every request; any other body is the line's fifth member, and a response
 * without one has no fifth member. A body too deeply nested to serialise is replaced by a note.
 */
type Line = [number, NewJournalEntry, RawExchange['request'], object, unknown?];

function append(ring: ByteRing, id: number, entry: NewJournalEntry, raw: RawExchange): boolean {
  const { request, response } = raw;
  try {
    const line: Line = [id, entry, request, response.headers];
    if (typeof response.body === 'string')
      return ring.append(`${JSON.stringify(line)}\n`, response.body);
    if (response.body !== undefined) line.push(response.body);
    return ring.append(JSON.stringify(line));
  } catch {
    const note = { omitted: 'not serialisable (nested too deeply)' };
    const line: Line = [id, entry, { ...request, body: note }, response.headers, note];
    return ring.append(JSON.stringify(line));
  }
}

function deserialise(text: string): Record_ {
  const end = text.indexOf('\n');
  const line = JSON.parse(end < 0 ? text : text.slice(0, end)) as Line;
  const [id, entry, request, headers] = line;
  const body = end < 0 ? line[4] : text.slice(end + 1);
  return { entry: { id, ...entry }, raw: { request, response: { headers, body } } };
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
