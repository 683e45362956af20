import { closeSync, openSync, readSync } from 'node:fs';

const READ_BYTES = 1 << 20;

/** A store document as scanned: its meta, and each API's settings and rows (store-file.ts types it). */
export interface ScannedStore {
  meta: unknown;
  apis: Record<string, Record<string, unknown>>;
}
const NEWLINE = 0x0a;

/** One line of a file: `data` from `from` to `to` (no newline), starting at byte `offset`. */
interface Line {
  data: Buffer;
  from: number;
  to: number;
  offset: number;
}

/**
 * The lines of `file` from byte `start` to `end`, read a block at a time. The
 * same object is yielded each time, over a block that the next read reuses:
 * a reader takes what it needs from a line before asking for the next.
 */
function* linesOf(file: string, start: number, end: number): Generator<Line> {
  const fd = openSync(file, 'r');
  const block = Buffer.allocUnsafe(READ_BYTES);
  const line: Line = { data: block, from: 0, to: 0, offset: start };
  let carry: Buffer | undefined;
  let position = start;
  try {
    while (position < end) {
      const read = readSync(fd, block, 0, Math.min(READ_BYTES, end - position), position);
      if (read === 0) break;
      const data = carry ? Buffer.concat([carry, block.subarray(0, read)]) : block;
      const length = (carry?.length ?? 0) + read;
      const dataStart = position - (carry?.length ?? 0);
      position += read;
      let from = 0;
      for (
        let at = data.indexOf(NEWLINE, 0);
        at >= 0 && at < length;
        at = data.indexOf(NEWLINE, from)
      ) {
        Object.assign(line, { data, from, to: at, offset: dataStart + from });
        yield line;
        from = at + 1;
      }
      // What follows the last newline is the start of the next block's first line.
      carry = from < length ? Buffer.from(data.subarray(from, length)) : undefined;
    }
    if (carry) {
      Object.assign(line, { data: carry, from: 0, to: carry.length, offset: end - carry.length });
      yield line;
    }
  } finally {
    closeSync(fd);
  }
}

function textOf(line: Line): string {
  const text = line.data.toString('utf8', line.from, line.to);
  return text.endsWith(',') ? text.slice(0, -1) : text;
}

/** Whether a line is `]` or `],`: the end of a table's rows (a row is never a bare bracket). */
function closesTable(line: Line): boolean {
  const length = line.to - line.from;
  return (
    (length === 1 || (length === 2 && line.data[line.to - 1] === 0x2c)) &&
    line.data[line.from] === 0x5d
  );
}

/**
 * A table's rows in a store file, each parsed only as it is iterated: opening
 * a table from it holds one parsed row at a time, never the whole list. Each
 * pass reads the file again, so it is read while the file is as it was found
 * (at start, before anything writes it).
 */
export class StoredRows implements Iterable<unknown> {
  readonly #file: string;
  readonly #start: number;
  readonly #end: number;
  readonly count: number;

  /** Where the rows lie in the file: [start, end, count]. */
  get range(): [number, number, number] {
    return [this.#start, this.#end, this.count];
  }

  constructor(file: string, start: number, end: number, count: number) {
    this.#file = file;
    this.#start = start;
    this.#end = end;
    this.count = count;
  }

  *[Symbol.iterator](): Generator<unknown> {
    for (const line of linesOf(this.#file, this.#start, this.#end)) {
      let row: unknown;
      try {
        row = JSON.parse(textOf(line));
      } catch {
        throw new Error(`${this.#file}: the row at byte ${line.offset} is not JSON`);
      }
      yield row;
    }
  }
}

/** Whether a value read from a store document is a table's rows (a list, or rows still on disk). */
export function isRows(value: unknown): value is Iterable<unknown> {
  return Array.isArray(value) || value instanceof StoredRows;
}

/**
 * Reads a store file in the line layout (see store-file.ts) with every
 * top-level list left on disk as `StoredRows`; `undefined` when the file is
 * in another layout. Only the meta line, the API names and the settings are
 * parsed here; the rows are found by their byte range.
 */
export function scanStoreFile(file: string, size: number): ScannedStore | undefined {
  let document: ScannedStore | undefined;
  let api: Record<string, unknown> | undefined;
  let ended = false;
  let table:
    { api: Record<string, unknown>; name: string; start: number; count: number } | undefined;
  for (const line of linesOf(file, 0, size)) {
    if (table) {
      if (!closesTable(line)) table.count += 1;
      else {
        table.api[table.name] = new StoredRows(file, table.start, line.offset, table.count);
        table = undefined;
      }
      continue;
    }
    const text = textOf(line);
    if (!document) {
      const header = /^\{"meta":(.*),"apis":\{$/.exec(text);
      if (!header) return undefined;
      document = { meta: JSON.parse(header[1] ?? 'null'), apis: {} };
    } else if (api) {
      if (text === '}') api = undefined;
      else if (text.endsWith(':[')) {
        const name = JSON.parse(text.slice(0, -2)) as string;
        table = { api, name, start: line.offset + (line.to - line.from) + 1, count: 0 };
      } else Object.assign(api, JSON.parse(`{${text}}`));
    } else if (text === '}}') ended = true;
    else {
      api = {};
      document.apis[JSON.parse(text.slice(0, -2)) as string] = api;
    }
  }
  if (!document) throw new Error('empty store file');
  // A file cut short (a disk that filled, a copy stopped mid-way) lacks its closing line.
  if (!ended || table || api) throw new Error('the file ends before the document does');
  return document;
}

/** A scanned document with its rows read into lists. */
export function readRows(data: ScannedStore): ScannedStore {
  for (const api of Object.values(data.apis))
    for (const [name, value] of Object.entries(api))
      if (value instanceof StoredRows) api[name] = [...value];
  return data;
}
