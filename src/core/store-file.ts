import { createReadStream } from 'node:fs';
import { open, readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { StoreData } from './store.ts';

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
function* linesOf(data: StoreData): Generator<string> {
  yield `{"meta":${JSON.stringify(data.meta)},"apis":{`;
  const apis = Object.entries(data.apis);
  for (const [a, [api, value]] of apis.entries()) {
    yield `${JSON.stringify(api)}:{`;
    const entries = Object.entries(value ?? {});
    for (const [k, [key, item]] of entries.entries()) {
      const comma = k < entries.length - 1 ? ',' : '';
      if (!Array.isArray(item)) {
        yield `${JSON.stringify(key)}:${JSON.stringify(item)}${comma}`;
        continue;
      }
      yield `${JSON.stringify(key)}:[`;
      for (const [r, row] of item.entries())
        yield `${JSON.stringify(row)}${r < item.length - 1 ? ',' : ''}`;
      yield `]${comma}`;
    }
    yield a < apis.length - 1 ? '},' : '}';
  }
  yield '}}';
}

/** Writes `data` to a temporary file beside `file` in batches, then renames it over `file`. */
export async function writeStoreFile(file: string, data: StoreData): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    let batch = '';
    for (const line of linesOf(data)) {
      batch += line + '\n';
      if (batch.length >= BATCH_CHARS) {
        await handle.write(batch);
        batch = '';
      }
    }
    await handle.write(batch);
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
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
