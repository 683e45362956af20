import { constants } from 'node:fs';
import { open, statfs, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import type { PackedImage, PackedParts, PackedRows } from '../tables/packed-base.ts';
import {
  IMAGE_FROM_BYTES,
  identityOf,
  imageFileOf,
  ImageWriter,
  MAGIC,
  MAX_LISTED_SETTING,
  TRAILER_BYTES,
  type Header,
  type Identity,
  type SavedEntry,
  type SavedTable,
} from './image-format.ts';
import type { StoreData } from './store-data.ts';
import { StoredRows } from './store-lines.ts';

export { imageFileOf };

/**
 * A store image: the packed tables a parse of the store file built, saved
 * beside it so the next start reads buffers instead of parsing the JSON (like
 * a Bitcask hint file). It is only a cache: it names the store file it was
 * made from (device, inode, size, modification time in nanoseconds; the file
 * is only ever replaced by rename, which changes them) and carries checksums;
 * any mismatch or damage and the start parses the store file, which stays
 * the source of truth, as does its change log, replayed over either. Its
 * layout: image-format.ts.
 */

/** Where a parse-loaded store document came from: set by the load, read by `saveStoreImage`. */
const LOADED_FROM = Symbol('loaded from');

interface LoadedFrom {
  file: string;
  identity: Identity;
}

/** The store file's identity, recorded on a document parsed from it so an image can name it. */
export async function markLoadedFrom(data: StoreData, file: string): Promise<void> {
  Object.defineProperty(data, LOADED_FROM, { value: { file, identity: await identityOf(file) } });
}

/** Rows still on disk that come with their packed form from an image. */
class ImageRows extends StoredRows implements PackedRows {
  readonly packed: PackedImage;

  constructor(file: string, saved: SavedTable, parts: PackedParts) {
    super(file, ...saved.range);
    this.packed = { print: saved.print, shapes: saved.shapes, parts };
  }
}

/** The document an image of `file` holds, or `undefined` when there is none or it does not fit. */
export async function readStoreImage(file: string): Promise<StoreData | undefined> {
  // Not blocking: a named pipe there would hold the start until something wrote to it.
  const handle = await open(imageFileOf(file), constants.O_RDONLY | constants.O_NONBLOCK).catch(
    () => undefined,
  );
  if (!handle) return;
  try {
    const header = await headerOf(handle, file);
    if (!header) return;
    // Read into a buffer of its own, so every typed array over it is aligned; only after the
    // header named this very store file (a stale image is not read whole).
    const payload = Buffer.allocUnsafeSlow(header.payloadBytes);
    if (!(await readAll(handle, payload, MAGIC.length))) return;
    if (crc32(payload) !== header.payloadCrc) return;
    return documentOf(file, header, payload);
  } finally {
    await handle.close();
  }
}

async function readAll(handle: FileHandle, into: Buffer, at: number): Promise<boolean> {
  for (let done = 0; done < into.length;) {
    const { bytesRead } = await handle.read(into, done, into.length - done, at + done);
    if (bytesRead === 0) return false;
    done += bytesRead;
  }
  return true;
}

/** The image's header, if intact, naming `file` as it is now, and with the payload it announces. */
async function headerOf(handle: FileHandle, file: string): Promise<Header | undefined> {
  const info = await handle.stat();
  if (!info.isFile()) return;
  const { size } = info;
  if (size < MAGIC.length + TRAILER_BYTES) return;
  const magic = Buffer.alloc(MAGIC.length);
  const trailer = Buffer.alloc(TRAILER_BYTES);
  if (!(await readAll(handle, magic, 0)) || !magic.equals(MAGIC)) return;
  if (!(await readAll(handle, trailer, size - TRAILER_BYTES))) return;
  const bytes = trailer.readUInt32LE(0);
  const payloadBytes = size - MAGIC.length - TRAILER_BYTES - bytes;
  if (payloadBytes < 0) return;
  const text = Buffer.alloc(bytes);
  if (!(await readAll(handle, text, MAGIC.length + payloadBytes))) return;
  if (crc32(text) !== trailer.readUInt32LE(4)) return;
  const header = JSON.parse(text.toString('utf8')) as Header;
  if (JSON.stringify(header.identity) !== JSON.stringify(await identityOf(file))) return;
  return header.payloadBytes === payloadBytes ? header : undefined;
}

function documentOf(file: string, header: Header, payload: Buffer): StoreData {
  const apis: Record<string, Record<string, unknown>> = {};
  for (const [name, entries] of header.apis) {
    const api: Record<string, unknown> = {};
    for (const [key, entry] of entries)
      api[key] =
        'table' in entry
          ? new ImageRows(file, entry.table, partsOf(payload, entry.table))
          : entry.value;
    apis[name] = api;
  }
  const data = { meta: header.meta, apis } as StoreData;
  Object.defineProperty(data, LOADED_FROM, { value: { file, identity: header.identity } });
  return data;
}

function partsOf(payload: Buffer, saved: SavedTable): PackedParts {
  const arrays: PackedParts['arrays'] = {};
  for (const [name, type, offset, length] of saved.arrays) {
    const at = payload.byteOffset + offset;
    arrays[name] =
      type === 'u32'
        ? new Uint32Array(payload.buffer, at, length)
        : new Float64Array(payload.buffer, at, length);
  }
  const chunks = saved.chunks.map(([offset, length]) => payload.subarray(offset, offset + length));
  return { count: saved.count, chunks, arrays };
}

/** A store list no table was opened from, as the image keeps it: its items, if few. */
export function listedSetting(rows: StoredRows): { value: unknown[] } | undefined {
  return rows.count > MAX_LISTED_SETTING ? undefined : { value: [...rows] };
}

/**
 * Saves the image of a document parsed from a store file, once its tables are open:
 * `imageOf` gives each table's packed form if that table was opened from
 * those rows (an image is saved again when a table could not use its saved
 * form). Nothing is written for a document not parsed from a file, or when
 * a table was not opened from it (an API reset by the log).
 */
export async function saveStoreImage(
  data: StoreData,
  imageOf: (api: string, table: string, rows: unknown) => PackedImage | undefined,
): Promise<void> {
  const from = (data as unknown as Record<symbol, LoadedFrom | undefined>)[LOADED_FROM];
  if (!from) return;
  const { file, identity } = from;
  if (Number(identity.size) < IMAGE_FROM_BYTES) return;
  const tables = new Map<StoredRows, PackedImage>();
  // Loaded from an image whose tables were all used as saved: nothing to save again.
  let unchanged = true;
  for (const [name, raw] of Object.entries(data.apis))
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (!(value instanceof StoredRows)) continue;
      const image = imageOf(name, key, value);
      // A list that is a setting (no table opened from it) is kept as a value, if small.
      if (!image && value.count > MAX_LISTED_SETTING) return;
      if (!image) continue;
      tables.set(value, image);
      if (!(value instanceof ImageRows) || value.packed.parts !== image.parts) unchanged = false;
    }
  if (unchanged || !(await leavesRoom(file, tables.values(), Number(identity.size)))) return;
  const writer = new ImageWriter(file);
  try {
    const apis = entriesOf(data, (rows) => {
      const image = tables.get(rows);
      return image ? { table: writer.table(image, rows.range) } : listedSetting(rows);
    });
    if (apis) writer.finish({ identity, meta: data.meta, apis });
    else writer.discard();
  } catch (error) {
    writer.discard();
    throw error;
  }
}

/**
 * Whether the disk holds the image and still a store file's worth besides: the
 * room a compaction's copy needs, which an image (a cache) must not take.
 */
async function leavesRoom(
  file: string,
  images: Iterable<PackedImage>,
  storeBytes: number,
): Promise<boolean> {
  let bytes = 0;
  for (const { parts } of images) {
    for (const chunk of parts.chunks) bytes += chunk.length;
    for (const array of Object.values(parts.arrays)) bytes += array.byteLength;
  }
  return diskHasRoom(file, bytes + storeBytes);
}

/** Whether the disk holding `file` has `bytes` free (when it cannot tell, it is taken to). */
export async function diskHasRoom(file: string, bytes: number): Promise<boolean> {
  const disk = await statfs(dirname(file)).catch(() => undefined);
  return !disk || disk.bavail * disk.bsize >= bytes;
}

/**
 * A document's entries as an image header lists them, each list as `saved`
 * gives it (a table, or a short list's items); `undefined` if one is neither.
 */
export function entriesOf(
  data: StoreData,
  saved: (rows: StoredRows, api: string, key: string) => SavedEntry[1] | undefined,
): Header['apis'] | undefined {
  const apis: Header['apis'] = [];
  for (const [name, raw] of Object.entries(data.apis)) {
    const entries: SavedEntry[] = [];
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      const entry = value instanceof StoredRows ? saved(value, name, key) : { value };
      if (!entry) return undefined;
      entries.push([key, entry]);
    }
    apis.push([name, entries]);
  }
  return apis;
}
