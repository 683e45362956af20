/**
 * The last `capacity` texts appended, kept as UTF-8 in one preallocated
 * buffer of `bytes` bytes: the oldest give way when either limit is reached.
 *
 * The journal keeps its exchanges here rather than as objects: an object kept
 * for a few hundred requests outlives the young generation and is copied into
 * the old one, and under load that promoted garbage grew a 100,000-user store's
 * heap by gigabytes and slowed every request. Bytes in a buffer are never
 * traced or copied by the garbage collector.
 */
export class ByteRing {
  readonly capacity: number;
  readonly #buffer: Buffer;
  readonly #starts: Int32Array;
  readonly #lengths: Int32Array;
  /** Slot of the oldest text, and how many are kept. */
  #head = 0;
  #count = 0;
  #writeAt = 0;

  constructor(capacity: number, bytes: number) {
    this.capacity = capacity;
    this.#buffer = Buffer.allocUnsafeSlow(bytes);
    this.#starts = new Int32Array(capacity);
    this.#lengths = new Int32Array(capacity);
  }

  get size(): number {
    return this.#count;
  }

  /** The most bytes one text may take; longer ones are refused (`false`). */
  get maxTextBytes(): number {
    return Math.floor(this.#buffer.length / 4);
  }

  /**
   * Appends `text`, followed by `tail` when given: two parts written side by side rather than
   * joined first, which would copy a long answer's bytes once more on every request.
   */
  append(text: string, tail?: string): boolean {
    const headLength = Buffer.byteLength(text);
    const length = tail === undefined ? headLength : headLength + Buffer.byteLength(tail);
    if (length > this.maxTextBytes) return false;
    if (this.#writeAt + length > this.#buffer.length) this.#writeAt = 0;
    const start = this.#writeAt;
    while (
      this.#count > 0 &&
      (this.#count === this.capacity || this.#oldestOverlaps(start, length))
    )
      this.#dropOldest();
    this.#buffer.write(text, start, headLength, 'utf8');
    if (tail !== undefined)
      this.#buffer.write(tail, start + headLength, length - headLength, 'utf8');
    const slot = (this.#head + this.#count) % this.capacity;
    this.#starts[slot] = start;
    this.#lengths[slot] = length;
    this.#count += 1;
    this.#writeAt = start + length;
    return true;
  }

  /** Oldest first. */
  *texts(): Generator<string> {
    for (let i = 0; i < this.#count; i += 1) {
      const slot = (this.#head + i) % this.capacity;
      const start = this.#starts[slot] ?? 0;
      yield this.#buffer.toString('utf8', start, start + (this.#lengths[slot] ?? 0));
    }
  }

  clear(): void {
    this.#head = 0;
    this.#count = 0;
    this.#writeAt = 0;
  }

  #oldestOverlaps(start: number, length: number): boolean {
    const oldestStart = this.#starts[this.#head] ?? 0;
    const oldestEnd = oldestStart + (this.#lengths[this.#head] ?? 0);
    return oldestStart < start + length && start < oldestEnd;
  }

  #dropOldest(): void {
    this.#head = (this.#head + 1) % this.capacity;
    this.#count -= 1;
  }
}
