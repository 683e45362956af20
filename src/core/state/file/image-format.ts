import { randomBytes } from 'node:crypto';
import { closeSync, fdatasyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { PackedImage } from '../tables/packed-base.ts';

/**
 * A store image's layout (what it is for: store-image.ts):
 *
 *     "FCSIMG02" | payload | header JSON | header length (u32) | header CRC-32 (u32)
 *
 * The header comes last so that each table's bytes are written as soon as
 * the table is built (a reset writes them while it streams the store file),
 * before the header knows every table.
 */
export const MAGIC = Buffer.from('FCSIMG02');
export const TRAILER_BYTES = 8;
const ALIGN = 8;
/** A smaller store parses in well under a second: an image would only add a file beside it. */
export const IMAGE_FROM_BYTES = 8 * 1024 * 1024;
/** A list in a store that no table was opened from is saved as JSON up to this many items. */
export const MAX_LISTED_SETTING = 1000;

export interface Identity {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
}

type ArrayPart = [name: string, type: 'u32' | 'f64', offset: number, length: number];

export interface SavedTable {
  range: [number, number, number];
  print: string;
  shapes: readonly (readonly string[])[];
  count: number;
  chunks: [offset: number, length: number][];
  arrays: ArrayPart[];
}

export type SavedEntry = [key: string, value: { value: unknown } | { table: SavedTable }];

export interface Header {
  identity: Identity;
  meta: unknown;
  payloadBytes: number;
  payloadCrc: number;
  apis: [name: string, entries: SavedEntry[]][];
}

export function imageFileOf(storeFile: string): string {
  return `${storeFile}.image`;
}

export async function identityOf(file: string): Promise<Identity> {
  const info = await stat(file, { bigint: true });
  return {
    dev: String(info.dev),
    ino: String(info.ino),
    size: String(info.size),
    mtimeNs: String(info.mtimeNs),
  };
}

export const aligned = (offset: number) => Math.ceil(offset / ALIGN) * ALIGN;

/**
 * An image being written to a temporary file beside the store, its payload a
 * piece at a time, then renamed into place by `finish`: a crash leaves the
 * old image or none. The temporary name is one a start sweeps away
 * (`.<store>.*.tmp`). Writes are synchronous: they run before serving starts.
 */
export class ImageWriter {
  readonly #target: string;
  readonly #temporary: string;
  readonly #fd: number;
  #payloadBytes = 0;
  #payloadCrc = 0;

  constructor(storeFile: string) {
    this.#target = imageFileOf(storeFile);
    const suffix = randomBytes(6).toString('hex');
    this.#temporary = join(dirname(storeFile), `.${basename(storeFile)}.image-${suffix}.tmp`);
    this.#fd = openSync(this.#temporary, 'w');
    try {
      this.#write(MAGIC);
    } catch (error) {
      this.discard();
      throw error;
    }
  }

  /** Saves a packed base's parts, each aligned in the payload; says where they lie. */
  table(image: PackedImage, range: SavedTable['range']): SavedTable {
    const { parts } = image;
    const chunks = parts.chunks.map((chunk): [number, number] => [
      this.#place(chunk),
      chunk.length,
    ]);
    const arrays = Object.entries(parts.arrays).map(([name, array]): ArrayPart => {
      const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
      return [
        name,
        array instanceof Float64Array ? 'f64' : 'u32',
        this.#place(bytes),
        array.length,
      ];
    });
    return { range, print: image.print, shapes: image.shapes, count: parts.count, chunks, arrays };
  }

  finish(header: Pick<Header, 'identity' | 'meta' | 'apis'>): void {
    try {
      const whole: Header = {
        ...header,
        payloadBytes: this.#payloadBytes,
        payloadCrc: this.#payloadCrc,
      };
      const text = Buffer.from(JSON.stringify(whole));
      const trailer = Buffer.alloc(TRAILER_BYTES);
      trailer.writeUInt32LE(text.length, 0);
      trailer.writeUInt32LE(crc32(text), 4);
      this.#write(text);
      this.#write(trailer);
      fdatasyncSync(this.#fd);
      closeSync(this.#fd);
      renameSync(this.#temporary, this.#target);
    } catch (error) {
      this.discard();
      throw error;
    }
  }

  discard(): void {
    try {
      closeSync(this.#fd);
    } catch {
      /* closed already */
    }
    rmSync(this.#temporary, { force: true });
  }

  #place(piece: Buffer): number {
    const offset = this.#payloadBytes;
    const padding = aligned(piece.length) - piece.length;
    for (const bytes of [piece, Buffer.alloc(padding)]) {
      // Node's crc32 gives 0 for some empty views whatever the running value: they are skipped.
      if (bytes.length === 0) continue;
      this.#write(bytes);
      this.#payloadCrc = crc32(bytes, this.#payloadCrc);
      this.#payloadBytes += bytes.length;
    }
    return offset;
  }

  #write(bytes: Buffer): void {
    for (let done = 0; done < bytes.length;)
      done += writeSync(this.#fd, bytes, done, bytes.length - done);
  }
}
