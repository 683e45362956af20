/** Each chunk's size: positions stay small integers (no boxed number) up to 2 GiB of rows. */
const CHUNK_BITS = 22;
const CHUNK_BYTES = 1 << CHUNK_BITS;
const FIRST_CHUNK_BYTES = 64 * 1024;
const LENGTH_BYTES = 4;

/**
 * Rows as (key, encoded row) records of UTF-8 in large buffers outside the V8
 * heap, each found by a number: what a loaded table keeps for its rows. The
 * collector never walks them, and a row costs its bytes plus eight. Records
 * are only appended; the chunks are what a store image saves and maps back.
 */
export class RowArena {
  readonly #chunks: Buffer[];
  #used = 0;
  #size = 0;

  constructor(chunks: Buffer[] = []) {
    this.#chunks = chunks;
    this.#used = this.#size = chunks.at(-1)?.length ?? 0;
  }

  get chunks(): readonly Buffer[] {
    return this.#chunks;
  }

  add(key: string, text: string): number {
    const keyBytes = Buffer.byteLength(key);
    const bytes = Buffer.byteLength(text);
    const need = keyBytes + bytes + 2 * LENGTH_BYTES;
    if (this.#used + need > this.#size) {
      // Chunks double up to their full size (a small table takes little); a row larger than
      // that gets a chunk of its own, found at offset 0.
      const size = Math.min(CHUNK_BYTES, Math.max(FIRST_CHUNK_BYTES, this.#size * 2));
      this.#size = Math.max(size, need);
      this.#chunks.push(Buffer.allocUnsafeSlow(this.#size));
      this.#used = 0;
    }
    const chunk = this.#chunks.length - 1;
    const buffer = this.#chunks[chunk] as Buffer;
    const at = this.#used;
    buffer.writeUInt32LE(keyBytes, at);
    buffer.write(key, at + LENGTH_BYTES, 'utf8');
    const rowAt = at + LENGTH_BYTES + keyBytes;
    buffer.writeUInt32LE(bytes, rowAt);
    buffer.write(text, rowAt + LENGTH_BYTES, 'utf8');
    this.#used = at + need;
    return chunk * CHUNK_BYTES + at;
  }

  key(position: number): string {
    const [buffer, at] = this.#at(position);
    return buffer.toString('utf8', at + LENGTH_BYTES, at + LENGTH_BYTES + buffer.readUInt32LE(at));
  }

  text(position: number): string {
    const [buffer, at] = this.#at(position);
    const rowAt = at + LENGTH_BYTES + buffer.readUInt32LE(at);
    const start = rowAt + LENGTH_BYTES;
    return buffer.toString('utf8', start, start + buffer.readUInt32LE(rowAt));
  }

  /** Whether the record at `position` has `key`, without building a string (ASCII compared in place). */
  hasKey(position: number, key: string): boolean {
    const [buffer, at] = this.#at(position);
    const length = buffer.readUInt32LE(at);
    const start = at + LENGTH_BYTES;
    if (length !== key.length) return length >= key.length && this.key(position) === key;
    for (let index = 0; index < length; index += 1) {
      const code = key.charCodeAt(index);
      if (code >= 0x80) return this.key(position) === key;
      if (buffer[start + index] !== code) return false;
    }
    return true;
  }

  #at(position: number): [Buffer, number] {
    const chunk = Math.floor(position / CHUNK_BYTES);
    return [this.#chunks[chunk] as Buffer, position - chunk * CHUNK_BYTES];
  }

  /** Gives back the unused end of the last chunk, once no more rows will come. */
  seal(): void {
    const last = this.#chunks.length - 1;
    const chunk = this.#chunks[last];
    if (!chunk || this.#used === chunk.length) return;
    const exact = Buffer.allocUnsafeSlow(this.#used);
    chunk.copy(exact, 0, 0, this.#used);
    this.#chunks[last] = exact;
    this.#size = this.#used;
  }
}
