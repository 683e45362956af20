import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { PackedImage, PackedParts, PackedRows } from '../tables/packed-base.ts';
import type { StoreData } from './store-data.ts';
import { StoredRows } from './store-lines.ts';

/**
 * A store image: the packed tables a parse of the store file built, saved
 * beside it so the next start reads buffers instead of parsing the JSON (like
 * a Bitcask hint file). It is only a cache: it names the store file it was
 * made from (device, inode, size, modification time in nanoseconds; the file
 * is only ever replaced by rename, which changes them) and carries checksums;
 * any mismatch or damage and the start parses the store file, which stays
 * the source of truth, as does its change log, replayed over either.
 *
 *     "FCSIMG01" | header length (u32) | header CRC-32 (u32) | header JSON | padding to 8 | payload
 */
const MAGIC = Buffer.from('FCSIMG01');
const PREFIX_BYTES = 16;
const ALIGN = 8;
/** A smaller store parses in well under a second: an image would only add a file beside it. */
const IMAGE_FROM_BYTES = 8 * 1024 * 1024;
/** A list in a store that no table was opened from is saved as JSON up to this many items. */
const MAX_LISTED_SETTING = 1000;

/** Where a parse-loaded store document came from: set by the load, read by `saveStoreImage`. */
const LOADED_FROM = Symbol('loaded from');

interface Identity {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
}

interface LoadedFrom {
  file: string;
  identity: Identity;
}

type ArrayPart = [name: string, type: 'u32' | 'f64', offset: number, length: number];

interface SavedTable {
  range: [number, number, number];
  print: string;
  shapes: readonly (readonly string[])[];
  count: number;
  chunks: [offset: number, length: number][];
  arrays: ArrayPart[];
}

type SavedEntry = [key: string, value: { value: unknown } | { table: SavedTable }];

interface Header {
  identity: Identity;
  meta: unknown;
  payloadBytes: number;
  payloadCrc: number;
  apis: [name: string, entries: SavedEntry[]][];
}

export function imageFileOf(storeFile: string): string {
  return `${storeFile}.image`;
}

/** The store file's identity, recorded on a document parsed from it so an image can name it. */
export async function markLoadedFrom(data: StoreData, file: string): Promise<void> {
  Object.defineProperty(data, LOADED_FROM, { value: { file, identity: await identityOf(file) } });
}

async function identityOf(file: string): Promise<Identity> {
  const info = await stat(file, { bigint: true });
  return {
    dev: String(info.dev),
    ino: String(info.ino),
    size: String(info.size),
    mtimeNs: String(info.mtimeNs),
  };
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
  const handle = await open(imageFileOf(file), 'r').catch(() => undefined);
  if (!handle) return;
  try {
    const header = await headerOf(handle, file);
    if (!header) return;
    // Read into a buffer of its own, so every typed array over it is aligned; only after the
    // header named this very store file (a stale image is not read whole).
    const payload = Buffer.allocUnsafeSlow(header.payloadBytes);
    for (let done = 0; done < payload.length;) {
      const { bytesRead } = await handle.read(
        payload,
        done,
        payload.length - done,
        header.payloadAt + done,
      );
      if (bytesRead === 0) return;
      done += bytesRead;
    }
    if (crc32(payload) !== header.payloadCrc) return;
    return documentOf(file, header, payload);
  } finally {
    await handle.close();
  }
}

/** The image's header, if intact, naming `file` as it is now, and with the payload it announces. */
async function headerOf(
  handle: FileHandle,
  file: string,
): Promise<(Header & { payloadAt: number }) | undefined> {
  const { size } = await handle.stat();
  const prefix = Buffer.alloc(PREFIX_BYTES);
  await handle.read(prefix, 0, PREFIX_BYTES, 0);
  if (size < PREFIX_BYTES || !prefix.subarray(0, 8).equals(MAGIC)) return;
  const bytes = prefix.readUInt32LE(8);
  if (PREFIX_BYTES + bytes > size) return;
  const text = Buffer.alloc(bytes);
  await handle.read(text, 0, bytes, PREFIX_BYTES);
  if (crc32(text) !== prefix.readUInt32LE(12)) return;
  const header = JSON.parse(text.toString('utf8')) as Header;
  if (JSON.stringify(header.identity) !== JSON.stringify(await identityOf(file))) return;
  const payloadAt = aligned(PREFIX_BYTES + bytes);
  return size === payloadAt + header.payloadBytes ? { ...header, payloadAt } : undefined;
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

const aligned = (offset: number) => Math.ceil(offset / ALIGN) * ALIGN;

/**
 * Saves the image of a document parsed from a store file, once its tables are open:
 * `imageOf` gives each table's packed form if that table was opened from
 * those rows (an image is saved again when a table could not use its saved
 * form). Written to a temporary file and renamed, so a crash leaves the
 * old image or none; nothing is written for a document not parsed from a
 * file, or when a table was not opened from it (an API reset by the log).
 */
export async function saveStoreImage(
  data: StoreData,
  imageOf: (api: string, table: string, rows: unknown) => PackedImage | undefined,
): Promise<void> {
  const from = (data as unknown as Record<symbol, LoadedFrom | undefined>)[LOADED_FROM];
  if (!from) return;
  const { file, identity } = from;
  if (Number(identity.size) < IMAGE_FROM_BYTES) return;
  const pieces: Buffer[] = [];
  let payloadBytes = 0;
  const place = (piece: Buffer): number => {
    const offset = payloadBytes;
    pieces.push(piece);
    payloadBytes += piece.length;
    const padding = aligned(payloadBytes) - payloadBytes;
    if (padding > 0) pieces.push(Buffer.alloc(padding));
    payloadBytes += padding;
    return offset;
  };
  const apis: Header['apis'] = [];
  // Loaded from an image whose tables were all used as saved: nothing to save again.
  let unchanged = true;
  for (const [name, raw] of Object.entries(data.apis)) {
    const entries: SavedEntry[] = [];
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (!(value instanceof StoredRows)) {
        entries.push([key, { value }]);
        continue;
      }
      const image = imageOf(name, key, value);
      // A list that is a setting (no table opened from it) is kept as a value, if small.
      if (!image && value.count > MAX_LISTED_SETTING) return;
      if (!image) {
        entries.push([key, { value: [...value] }]);
        continue;
      }
      if (!(value instanceof ImageRows) || value.packed.parts !== image.parts) unchanged = false;
      entries.push([key, { table: savedTable(image, value.range, place) }]);
    }
    apis.push([name, entries]);
  }
  if (unchanged) return;
  let payloadCrc = 0;
  // Node's crc32 gives 0 for some empty views whatever the running value: they are skipped.
  for (const piece of pieces) if (piece.length > 0) payloadCrc = crc32(piece, payloadCrc);
  const header: Header = { identity, meta: data.meta, payloadBytes, payloadCrc, apis };
  await writeImage(imageFileOf(file), header, pieces);
}

function savedTable(
  image: PackedImage,
  range: [number, number, number],
  place: (piece: Buffer) => number,
): SavedTable {
  const { parts } = image;
  const chunks = parts.chunks.map((chunk): [number, number] => [place(chunk), chunk.length]);
  const arrays = Object.entries(parts.arrays).map(([name, array]): ArrayPart => {
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    return [name, array instanceof Float64Array ? 'f64' : 'u32', place(bytes), array.length];
  });
  return { range, print: image.print, shapes: image.shapes, count: parts.count, chunks, arrays };
}

async function writeImage(target: string, header: Header, pieces: Buffer[]): Promise<void> {
  const headerBytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix);
  prefix.writeUInt32LE(headerBytes.length, 8);
  prefix.writeUInt32LE(crc32(headerBytes), 12);
  const padding = Buffer.alloc(
    aligned(PREFIX_BYTES + headerBytes.length) - PREFIX_BYTES - headerBytes.length,
  );
  // The temporary name is one a start sweeps away (`.<store>.*.tmp`) if a crash leaves it.
  const temporary = join(
    dirname(target),
    `.${basename(target.slice(0, -'.image'.length))}.image-${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, 'w');
    try {
      for (const piece of [prefix, headerBytes, padding, ...pieces])
        for (let done = 0; done < piece.length;)
          done += (await handle.write(piece, done)).bytesWritten;
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
