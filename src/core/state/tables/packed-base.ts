import { RowArena } from './row-arena.ts';
import { RowCodec } from './row-codec.ts';
import { hashA, hashB } from './hashing.ts';
import { keysOf, type TableSpec } from './table-indexes.ts';

/** A row as kept: its encoded text on the heap, or the place of its record in a packed base. */
export type Stored = string | number;

/** What a table over another reads from it: a packed base, or another table (a session's parent). */
export interface RowSource {
  readonly codec: RowCodec;
  readonly size: number;
  stored(key: string): Stored | undefined;
  /** Every row's key and stored form, in table order. */
  entries(): Iterable<[string, Stored]>;
  uniqueKey(index: string, value: string): string | undefined;
  /** A group's rows' keys and stored forms, in the order they joined it. */
  groupEntries(name: string, value: string): [string, Stored][];
  text(position: number): string;
}

/** A packed base's typed arrays and record chunks: what a store image saves. */
export interface PackedParts {
  count: number;
  chunks: Buffer[];
  arrays: Record<string, Uint32Array | Float64Array>;
}

/** A base as saved: its parts, the codec's shapes and the print of the spec it was indexed by. */
export interface PackedImage {
  print: string;
  shapes: readonly (readonly string[])[];
  parts: PackedParts;
}

/** Rows that come with a saved base (a store image), used when its print matches the spec. */
export interface PackedRows {
  readonly packed: PackedImage;
}

export function isPacked(rows: unknown): rows is PackedRows {
  return typeof rows === 'object' && rows !== null && 'packed' in rows;
}

/** The indexes a spec names: a saved base for other indexes is not used. */
export function printOf(spec: TableSpec<unknown>): string {
  return JSON.stringify([1, Object.keys(spec.unique ?? {}), Object.keys(spec.groups ?? {})]);
}

/** Rows a saved base is checked on when opened (evenly spaced): enough to catch a changed key or index function. */
const SAMPLED_ROWS = 64;

/**
 * The rows a table opened with, immutable and held outside the V8 heap: an
 * arena of (key, encoded row) records in table order, and open-addressing
 * hash tables in typed arrays for the primary key (checked byte for byte),
 * each unique index (a hit checked by decoding the row) and each group (its
 * members in one contiguous run, checked by decoding the first). Nothing
 * here is a JavaScript object per row, so the collector has nothing to mark.
 */
export class PackedBase<Row> implements RowSource {
  readonly codec: RowCodec;
  readonly size: number;
  readonly #spec: TableSpec<Row>;
  readonly #parts: PackedParts;
  readonly #arena: RowArena;
  readonly #positions: Float64Array;
  readonly #slots: Uint32Array;
  readonly #slotHash: Uint32Array;

  constructor(spec: TableSpec<Row>, codec: RowCodec, parts: PackedParts) {
    this.#spec = spec;
    this.codec = codec;
    this.#parts = parts;
    this.size = parts.count;
    this.#arena = new RowArena(parts.chunks);
    this.#positions = this.#array('positions') as Float64Array;
    this.#slots = this.#array('slots') as Uint32Array;
    this.#slotHash = this.#array('slotHash') as Uint32Array;
  }

  /**
   * A base opened from its saved form, if a sample of its rows is where the
   * spec's functions would put it (the functions' text differs between
   * builds, so it cannot be compared); `undefined` otherwise.
   */
  static open<Row>(spec: TableSpec<Row>, image: PackedImage): PackedBase<Row> | undefined {
    if (!wellFormed(image.parts)) return undefined;
    const base = new PackedBase(spec, new RowCodec(image.shapes), image.parts);
    const step = Math.max(1, Math.floor(base.size / SAMPLED_ROWS));
    for (let record = 0; record < base.size; record += step)
      if (!base.#indexes(record)) return undefined;
    return base;
  }

  /** Whether the record is found by its key, its unique values and its groups. */
  #indexes(record: number): boolean {
    const position = this.#positions[record] as number;
    const key = this.#arena.key(position);
    const row = this.#row(record);
    if (this.#spec.key(row) !== key || this.#record(key) !== record) return false;
    for (const [index, keyOf] of Object.entries(this.#spec.unique ?? {}))
      for (const value of keysOf(keyOf(row)))
        if (this.uniqueKey(index, value) === undefined) return false;
    for (const [name, groupOf] of Object.entries(this.#spec.groups ?? {})) {
      const value = groupOf(row);
      if (value !== undefined && !this.#groupRun(name, value)?.includes(record)) return false;
    }
    return true;
  }

  image(): PackedImage {
    return {
      print: printOf(this.#spec as TableSpec<unknown>),
      shapes: this.codec.shapes,
      parts: this.#parts,
    };
  }

  stored(key: string): number | undefined {
    const record = this.#record(key);
    return record < 0 ? undefined : (this.#positions[record] as number);
  }

  *entries(): Generator<[string, Stored]> {
    for (let record = 0; record < this.size; record += 1) {
      const position = this.#positions[record] as number;
      yield [this.#arena.key(position), position];
    }
  }

  uniqueKey(index: string, value: string): string | undefined {
    const keyOf = this.#spec.unique?.[index];
    const records = this.#parts.arrays[`u.${index}.slot`];
    if (!keyOf || !records) return undefined;
    let found = -1;
    // Two rows may claim one value (a store edited by hand): the later one holds it, as a map would.
    for (const record of this.#candidates(`u.${index}`, value))
      if (keysOf(keyOf(this.#row(record))).includes(value)) found = record;
    return found < 0 ? undefined : this.#arena.key(this.#positions[found] as number);
  }

  groupEntries(name: string, value: string): [string, Stored][] {
    const entries: [string, Stored][] = [];
    for (const record of this.#groupRun(name, value) ?? []) {
      const position = this.#positions[record] as number;
      entries.push([this.#arena.key(position), position]);
    }
    return entries;
  }

  /** A group's members' record numbers, in table order. */
  #groupRun(name: string, value: string): Uint32Array | undefined {
    const groupOf = this.#spec.groups?.[name];
    const members = this.#parts.arrays[`g.${name}.members`];
    const starts = this.#parts.arrays[`g.${name}.start`];
    if (!groupOf || !members || !starts) return undefined;
    for (const group of this.#candidates(`g.${name}`, value)) {
      const from = starts[group] as number;
      const to = starts[group + 1] as number;
      if (groupOf(this.#row(members[from] as number)) === value)
        return (members as Uint32Array).subarray(from, to);
    }
    return undefined;
  }

  text(position: number): string {
    return this.#arena.text(position);
  }

  #row(record: number): Row {
    return this.codec.decode(this.#arena.text(this.#positions[record] as number)) as Row;
  }

  #record(key: string): number {
    const hash = hashA(key);
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot] as number;
      if (entry === 0) return -1;
      if (
        this.#slotHash[slot] === hash &&
        this.#arena.hasKey(this.#positions[entry - 1] as number, key)
      )
        return entry - 1;
    }
  }

  /** What an index's slots hold for `value`'s hashes (records, or group numbers), in the order added. */
  *#candidates(prefix: string, value: string): Generator<number> {
    const entries = this.#parts.arrays[`${prefix}.slot`] as Uint32Array;
    const first = this.#parts.arrays[`${prefix}.a`] as Uint32Array;
    const second = this.#parts.arrays[`${prefix}.b`] as Uint32Array;
    const a = hashA(value);
    const b = hashB(value);
    const mask = entries.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const entry = entries[slot] as number;
      if (entry === 0) return;
      if (first[slot] === a && second[slot] === b) yield entry - 1;
    }
  }

  #array(name: string): Uint32Array | Float64Array {
    const array = this.#parts.arrays[name];
    if (!array) throw new Error(`a packed table lacks its ${name}`);
    return array;
  }
}

/** Whether every hash table has a power-of-two size with a free slot (a probe always ends) and its hashes beside it. */
function wellFormed(parts: PackedParts): boolean {
  if (parts.arrays.positions?.length !== parts.count) return false;
  for (const [name, slots] of Object.entries(parts.arrays)) {
    if (name !== 'slots' && !name.endsWith('.slot')) continue;
    const size = slots.length;
    if (size === 0 || (size & (size - 1)) !== 0 || !slots.includes(0)) return false;
    const prefix = name === 'slots' ? undefined : name.slice(0, -'.slot'.length);
    const beside = prefix ? [`${prefix}.a`, `${prefix}.b`] : ['slotHash'];
    if (beside.some((other) => parts.arrays[other]?.length !== size)) return false;
  }
  return true;
}
