/** Each chunk's size: positions stay small integers (no boxed number) up to 2 GiB of rows. */
const CHUNK_BITS = 22;
const CHUNK_BYTES = 1 << CHUNK_BITS;
const FIRST_CHUNK_BYTES = 64 * 1024;
const LENGTH_BYTES = 4;

/**
 * Encoded rows as UTF-8 in large buffers outside the V8 heap, each found by a
 * number: what a loaded table keeps for its rows. The collector never walks
 * them, and a row costs its bytes plus four. Rows are only appended; a table
 * that replaces a loaded row keeps the new one on the heap, so what the arena
 * holds is bounded by what was loaded.
 */
export class RowArena {
  readonly #chunks: Buffer[] = [];
  #used = 0;
  #size = 0;

  add(text: string): number {
    const bytes = Buffer.byteLength(text);
    const need = bytes + LENGTH_BYTES;
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
    buffer.writeUInt32LE(bytes, at);
    buffer.write(text, at + LENGTH_BYTES, 'utf8');
    this.#used = at + need;
    return chunk * CHUNK_BYTES + at;
  }

  text(position: number): string {
    const chunk = Math.floor(position / CHUNK_BYTES);
    const at = position - chunk * CHUNK_BYTES;
    const buffer = this.#chunks[chunk] as Buffer;
    const start = at + LENGTH_BYTES;
    return buffer.toString('utf8', start, start + buffer.readUInt32LE(at));
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
