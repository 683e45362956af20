import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { diskFiles, type StoreFiles } from './files.ts';

export interface StoreMeta {
  format: 1;
  seed: number;
  users: number;
  /** The last change-log entry the file already holds. */
  logSeq?: number;
}

/** Everything facsimile keeps, as stored: one JSON document, one key per API. */
export interface StoreData {
  meta: StoreMeta;
  apis: Record<string, unknown>;
}

/** One API as a full write walks it: its settings, and each table's rows in order. */
export interface ApiView {
  settings: Record<string, unknown>;
  tables: Iterable<[string, Iterable<unknown>]>;
}

/** What a full write walks: the meta line, then each API. */
/** A point-in-time view for a full write, and how to let go of it once written. */
export interface TakenView {
  view: StoreView;
  release(): void;
}

export interface StoreView {
  meta: StoreMeta;
  apis: Iterable<[string, ApiView]>;
}

/** A parsed store document seen as a view: its arrays are tables, the rest settings. */
export function viewOf(data: StoreData): StoreView {
  return {
    meta: data.meta,
    apis: Object.entries(data.apis).map(([name, raw]) => {
      const entries = Object.entries((raw ?? {}) as Record<string, unknown>);
      return [
        name,
        {
          settings: Object.fromEntries(entries.filter(([, value]) => !Array.isArray(value))),
          tables: entries.filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1])),
        },
      ];
    }),
  };
}

/** Files under this size are parsed whole; larger ones line by line (V8 strings stop near 512 MiB). */
const PARSE_WHOLE_BELOW_BYTES = 256 * 1024 * 1024;
/** Lines are written in batches of about this many characters. */
const BATCH_CHARS = 1 << 20;

/**
 * The store file's layout: still one JSON document, but every row of an API's
 * top-level arrays on a line of its own, so the document is written and read
 * a line at a time and never has to exist as one string:
 *
 *     {"meta":{...},"apis":{
 *     "triton":{
 *     "users":[
 *     {...},
 *     {...}
 *     ],
 *     "settings":{...}
 *     }
 *     }}
 */
function* linesOf(view: StoreView): Generator<string> {
  yield `{"meta":${JSON.stringify(view.meta)},"apis":{`;
  yield* commaSeparated(mapped(view.apis, ([name, api]) => apiLines(name, api)));
  yield '}}';
}

function* apiLines(name: string, api: ApiView): Generator<string> {
  yield `${JSON.stringify(name)}:{`;
  const settings = Object.entries(api.settings).map(([key, value]) => [
    `${JSON.stringify(key)}:${JSON.stringify(value)}`,
  ]);
  yield* commaSeparated([...settings, ...mapped(api.tables, tableLines)]);
  yield '}';
}

function* tableLines([name, rows]: [string, Iterable<unknown>]): Generator<string> {
  yield `${JSON.stringify(name)}:[`;
  yield* commaSeparated(mapped(rows, (row) => [JSON.stringify(row)]));
  yield ']';
}

/** The lines of each section in turn, a comma after each section's last line but the final one's. */
function* commaSeparated(sections: Iterable<Iterable<string>>): Generator<string> {
  let pending: string | undefined;
  for (const section of sections) {
    if (pending !== undefined) yield `${pending},`;
    pending = undefined;
    for (const line of section) {
      if (pending !== undefined) yield pending;
      pending = line;
    }
  }
  if (pending !== undefined) yield pending;
}

function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/** Writes `view` to a temporary file beside `file` in batches, then renames it over `file`. */
export async function writeStoreFile(
  file: string,
  view: StoreView,
  files: StoreFiles = diskFiles,
): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await files.open(temporary, 'w');
    try {
      let batch = '';
      for (const line of linesOf(view)) {
        batch += line + '\n';
        if (batch.length >= BATCH_CHARS) {
          await handle.write(batch);
          batch = '';
        }
      }
      await handle.write(batch);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await files.rename(temporary, file);
  } catch (error) {
    await files.remove(temporary).catch(() => undefined);
    throw error;
  }
  // The new file is in place either way: a failed directory sync cannot take the rename back.
  await files.syncDir(dirname(file)).catch(() => undefined);
}

/** Reads a store file: whole when small (any JSON layout), line by line when large. */
export async function readStoreFile(
  file: string,
  parseWholeBelowBytes = PARSE_WHOLE_BELOW_BYTES,
): Promise<StoreData | null> {
  const size = await stat(file).then(
    (info) => info.size,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    },
  );
  if (size === null) return null;
  if (size < parseWholeBelowBytes) {
    return JSON.parse(await readFile(file, 'utf8')) as StoreData;
  }
  return readByLines(file);
}

async function readByLines(file: string): Promise<StoreData> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let document: StoreData | undefined;
  let api: Record<string, unknown> | undefined;
  let rows: unknown[] | undefined;
  for await (const raw of lines) {
    const line = raw.endsWith(',') ? raw.slice(0, -1) : raw;
    if (!document) {
      const header = /^\{"meta":(.*),"apis":\{$/.exec(line);
      if (!header) throw new Error(`${file}: not a store file (first line)`);
      document = { meta: JSON.parse(header[1] ?? 'null'), apis: {} };
    } else if (rows) {
      if (line === ']') rows = undefined;
      else rows.push(JSON.parse(line));
    } else if (api) {
      if (line === '}') api = undefined;
      else if (line.endsWith(':[')) api[JSON.parse(line.slice(0, -2)) as string] = rows = [];
      else Object.assign(api, JSON.parse(`{${line}}`));
    } else if (line !== '}}') {
      api = {};
      document.apis[JSON.parse(line.slice(0, -2)) as string] = api;
    }
  }
  if (!document) throw new Error(`${file}: empty store file`);
  return document;
}
