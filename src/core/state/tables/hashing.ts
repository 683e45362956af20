/**
 * Two independent 32-bit hashes of a string's UTF-16 units (FNV-1a and a
 * multiply-rotate mix): together 64 bits, so distinct values of one index
 * share both only about once in 10^10 stores at 100,000 values. A hit is
 * still checked against the row where it matters (keys byte for byte, unique
 * values and groups by decoding a row).
 */
export function hashA(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at += 1)
    hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

export function hashB(text: string): number {
  let hash = 0x9e3779b9 ^ text.length;
  for (let at = 0; at < text.length; at += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(at), 0x85ebca6b);
    hash = (hash << 13) | (hash >>> 19);
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0xc2b2ae35);
  return (hash ^ (hash >>> 13)) >>> 0;
}

/** The smallest power of two at least twice `count` (and at least 8): an open-addressing table's size. */
export function slotsFor(count: number): number {
  let size = 8;
  while (size < count * 2) size *= 2;
  return size;
}

/** A typed array that grows by doubling while a table is built. */
export class Growing<Array extends Uint32Array | Float64Array> {
  #array: Array;
  length = 0;
  readonly #make: (size: number) => Array;

  constructor(make: (size: number) => Array, size = 16) {
    this.#make = make;
    this.#array = make(Math.max(size, 16));
  }

  push(value: number): void {
    if (this.length === this.#array.length) {
      const bigger = this.#make(this.#array.length * 2);
      bigger.set(this.#array);
      this.#array = bigger;
    }
    this.#array[this.length] = value;
    this.length += 1;
  }

  at(index: number): number {
    return this.#array[index] as number;
  }

  set(index: number, value: number): void {
    this.#array[index] = value;
  }

  /** The filled part, as an array of its own length. */
  done(): Array {
    return this.#array.slice(0, this.length) as Array;
  }
}

export const uint32 = (size: number) => new Uint32Array(size);
export const float64 = (size: number) => new Float64Array(size);
