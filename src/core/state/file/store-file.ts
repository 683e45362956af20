import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { diskFiles, type StoreFiles } from './files.ts';
import { markLoadedFrom, readStoreImage } from './store-image.ts';
import type { StoreData, StoreMeta } from './store-data.ts';
import { readRows, scanStoreFile } from './store-lines.ts';

export type { StoreData, StoreMeta };

/** One API as a full write walks it: its settings, and each table's rows in order. */
export interface ApiView {
  settings: Record<string, unknown>;
  tables: Iterable<[string, Iterable<unknown>]>;
}

/** A point-in-time view for a full write, and how to let go of it once written. */
export interface TakenView {
  view: StoreView;
  release(): void;
  /**
   * Tables still to freeze, one step each, when the view was taken table by
   * table (see `Runtime.takeView`): each must run between two appends.
   */
  steps?: (() => void)[];
}

export interface StoreView {
  meta: StoreMeta;
  apis: Iterable<[string, ApiView]>;
}

/** A parsed store document seen as a view: its arrays are tables, the rest settings. */
export function viewOf(data: StoreData): StoreView {
  return {
    meta: data.meta,
    apis: Object.entries(data.apis).map(([name, raw]) => [name, apiViewOf(raw)]),
  };
}

/** One API's parsed document seen as a view. */
export function apiViewOf(raw: unknown): ApiView {
  const entries = Object.entries((raw ?? {}) as Record<string, unknown>);
  return {
    settings: Object.fromEntries(entries.filter(([, value]) => !Array.isArray(value))),
    tables: entries.filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1])),
  };
}

/** Files under this size are parsed whole; larger ones line by line (V8 strings stop near 512 MiB). */
const PARSE_WHOLE_BELOW_BYTES = 256 * 1024 * 1024;
/**
 * Lines are written in batches of about this many characters. Building one
 * holds the event loop (each row is decoded and serialised), and a full write
 * runs while requests are served: 64 K characters is a few hundred rows, about
 * a millisecond, between two writes that let requests in.
 */
const BATCH_CHARS = 1 << 16;

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

export function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

export interface WriteOptions {
  /** Given up between two batches when aborted (a stop does not wait for a compaction). */
  signal?: AbortSignal;
}

/**
 * Writes `view` to a temporary file beside `file` in batches, then renames it
 * over `file`. Resolves to the bytes written.
 */
export async function writeStoreFile(
  file: string,
  view: StoreView,
  files: StoreFiles = diskFiles,
  options: WriteOptions = {},
): Promise<number> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let bytes = 0;
  try {
    const handle = await files.open(temporary, 'w');
    try {
      let batch = '';
      const flush = async () => {
        options.signal?.throwIfAborted();
        bytes += Buffer.byteLength(batch);
        await handle.write(batch);
        batch = '';
      };
      for (const line of linesOf(view)) {
        batch += line + '\n';
        if (batch.length >= BATCH_CHARS) await flush();
      }
      await flush();
      await handle.datasync();
    } finally {
      await handle.close();
    }
    options.signal?.throwIfAborted();
    await files.rename(temporary, file);
  } catch (error) {
    await files.remove(temporary).catch(() => undefined);
    throw error;
  }
  // The new file is in place either way: a failed directory sync cannot take the rename back.
  await files.syncDir(dirname(file)).catch(() => undefined);
  return bytes;
}

/** Reads a store file: whole when small (any JSON layout), line by line when large. */
export async function readStoreFile(
  file: string,
  parseWholeBelowBytes = PARSE_WHOLE_BELOW_BYTES,
): Promise<StoreData | null> {
  const size = await sizeOf(file);
  if (size === null) return null;
  if (size < parseWholeBelowBytes) return JSON.parse(await readFile(file, 'utf8')) as StoreData;
  const scanned = scanStoreFile(file, size);
  if (!scanned) throw new Error(`${file}: not a store file (first line)`);
  return readRows(scanned) as StoreData;
}

/**
 * Opens a store file to load it: from its image when one fits it (see
 * store-image.ts); else, in the line layout, each table's rows stay on disk
 * (`StoredRows`) until its table is built from them, one row parsed at a
 * time; a file in any other JSON layout is parsed whole.
 */
export async function openStoreFile(file: string): Promise<StoreData | null> {
  const size = await sizeOf(file);
  if (size === null) return null;
  const image = await readStoreImage(file).catch(() => undefined);
  if (image) return image;
  const scanned = scanStoreFile(file, size) as StoreData | undefined;
  if (scanned) await markLoadedFrom(scanned, file);
  return scanned ?? (JSON.parse(await readFile(file, 'utf8')) as StoreData);
}

async function sizeOf(file: string): Promise<number | null> {
  return stat(file).then(
    (info) => info.size,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    },
  );
}
