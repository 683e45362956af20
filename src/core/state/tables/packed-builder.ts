import { RowArena } from './row-arena.ts';
import { RowCodec } from './row-codec.ts';
import { float64, Growing, hashA, hashB, slotsFor, uint32 } from './hashing.ts';
import { isPacked, PackedBase, printOf, type PackedParts, type PackedRows } from './packed-base.ts';
import { keysOf, type TableSpec } from './table-indexes.ts';

/** One index's entries as they are added: the value's two hashes and the record's number. */
class Entries {
  readonly a = new Growing(uint32);
  readonly b = new Growing(uint32);
  readonly record = new Growing(uint32);

  add(value: string, record: number): void {
    this.a.push(hashA(value));
    this.b.push(hashB(value));
    this.record.push(record);
  }
}

/**
 * Builds a packed base from rows streamed in table order, each encoded once
 * into the arena; indexes are laid out at the end, each sized once. Nothing
 * per row stays on the V8 heap, so loading makes little garbage.
 */
export class PackedBuilder<Row> {
  readonly #spec: TableSpec<Row>;
  readonly #codec: RowCodec;
  readonly #arena = new RowArena();
  readonly #positions: Growing<Float64Array>;
  #slots: Uint32Array;
  #slotHash: Uint32Array;
  #count = 0;
  readonly #unique = new Map<string, Entries>();
  readonly #groups = new Map<string, Entries>();

  constructor(spec: TableSpec<Row>, codec: RowCodec, expected = 0) {
    this.#spec = spec;
    this.#codec = codec;
    this.#positions = new Growing(float64, expected);
    this.#slots = new Uint32Array(slotsFor(expected));
    this.#slotHash = new Uint32Array(this.#slots.length);
    for (const name of Object.keys(spec.unique ?? {})) this.#unique.set(name, new Entries());
    for (const name of Object.keys(spec.groups ?? {})) this.#groups.set(name, new Entries());
  }

  add(row: Row): void {
    const key = this.#spec.key(row);
    const position = this.#arena.add(key, this.#codec.encode(row));
    const hash = hashA(key);
    const slot = this.#slotOf(key, hash);
    let record = (this.#slots[slot] as number) - 1;
    if (record >= 0) {
      // A key listed twice (a file edited by hand): the later row takes the earlier one's place.
      this.#positions.set(record, position);
      this.#forget(record);
    } else {
      record = this.#count;
      this.#count += 1;
      this.#positions.push(position);
      this.#slots[slot] = record + 1;
      this.#slotHash[slot] = hash;
      if (this.#count * 2 > this.#slots.length) this.#grow();
    }
    for (const [name, entries] of this.#unique)
      for (const value of keysOf(this.#spec.unique?.[name]?.(row))) entries.add(value, record);
    for (const [name, entries] of this.#groups) {
      const value = this.#spec.groups?.[name]?.(row);
      if (value !== undefined) entries.add(value, record);
    }
  }

  finish(): PackedBase<Row> {
    this.#arena.seal();
    const arrays: PackedParts['arrays'] = {
      positions: this.#positions.done(),
      slots: this.#slots,
      slotHash: this.#slotHash,
    };
    for (const [name, entries] of this.#unique) layUnique(arrays, `u.${name}`, entries);
    for (const [name, entries] of this.#groups) layGroups(arrays, `g.${name}`, entries);
    const chunks = [...this.#arena.chunks];
    return new PackedBase(this.#spec, this.#codec, { count: this.#count, chunks, arrays });
  }

  #slotOf(key: string, hash: number): number {
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot] as number;
      if (entry === 0) return slot;
      const position = this.#positions.at(entry - 1);
      if (this.#slotHash[slot] === hash && this.#arena.hasKey(position, key)) return slot;
    }
  }

  #grow(): void {
    const old = this.#slots;
    const oldHash = this.#slotHash;
    this.#slots = new Uint32Array(old.length * 2);
    this.#slotHash = new Uint32Array(old.length * 2);
    const mask = this.#slots.length - 1;
    for (let at = 0; at < old.length; at += 1) {
      const entry = old[at] as number;
      if (entry === 0) continue;
      let slot = (oldHash[at] as number) & mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
      this.#slots[slot] = entry;
      this.#slotHash[slot] = oldHash[at] as number;
    }
  }

  /** Drops a replaced record's index entries (rare: only a key listed twice). */
  #forget(record: number): void {
    for (const map of [this.#unique, this.#groups])
      for (const [name, entries] of map) {
        const kept = new Entries();
        for (let at = 0; at < entries.record.length; at += 1)
          if (entries.record.at(at) !== record) {
            kept.a.push(entries.a.at(at));
            kept.b.push(entries.b.at(at));
            kept.record.push(entries.record.at(at));
          }
        map.set(name, kept);
      }
  }
}

/** Probes from `a` for a free slot, or the slot of an entry `same` accepts. */
function probe(slots: Uint32Array, a: number, same: (slot: number) => boolean): number {
  const mask = slots.length - 1;
  let slot = a & mask;
  while (slots[slot] !== 0 && !same(slot)) slot = (slot + 1) & mask;
  return slot;
}

function layUnique(arrays: PackedParts['arrays'], prefix: string, entries: Entries): void {
  const count = entries.record.length;
  const slots = new Uint32Array(slotsFor(count));
  const first = new Uint32Array(slots.length);
  const second = new Uint32Array(slots.length);
  for (let at = 0; at < count; at += 1) {
    const slot = probe(slots, entries.a.at(at), () => false);
    slots[slot] = entries.record.at(at) + 1;
    first[slot] = entries.a.at(at);
    second[slot] = entries.b.at(at);
  }
  Object.assign(arrays, {
    [`${prefix}.slot`]: slots,
    [`${prefix}.a`]: first,
    [`${prefix}.b`]: second,
  });
}

/** Each distinct value's members as one run of `members`, in the order they were added. */
function layGroups(arrays: PackedParts['arrays'], prefix: string, entries: Entries): void {
  const count = entries.record.length;
  const slots = new Uint32Array(slotsFor(count));
  const first = new Uint32Array(slots.length);
  const second = new Uint32Array(slots.length);
  const groupOf = new Uint32Array(count);
  const sizes = new Growing(uint32);
  for (let at = 0; at < count; at += 1) {
    const a = entries.a.at(at);
    const b = entries.b.at(at);
    const slot = probe(slots, a, (candidate) => first[candidate] === a && second[candidate] === b);
    if (slots[slot] === 0) {
      sizes.push(0);
      slots[slot] = sizes.length;
      first[slot] = a;
      second[slot] = b;
    }
    const group = (slots[slot] as number) - 1;
    groupOf[at] = group;
    sizes.set(group, sizes.at(group) + 1);
  }
  const start = new Uint32Array(sizes.length + 1);
  for (let group = 0; group < sizes.length; group += 1)
    start[group + 1] = (start[group] as number) + sizes.at(group);
  const next = start.slice(0, sizes.length);
  const members = new Uint32Array(count);
  for (let at = 0; at < count; at += 1) {
    const group = groupOf[at] as number;
    members[next[group] as number] = entries.record.at(at);
    next[group] = (next[group] as number) + 1;
  }
  Object.assign(arrays, {
    [`${prefix}.slot`]: slots,
    [`${prefix}.a`]: first,
    [`${prefix}.b`]: second,
    [`${prefix}.start`]: start,
    [`${prefix}.members`]: members,
  });
}

/** The packed rows a table opens with: a saved base when it was saved for this spec, else built. */
export function baseOf<Row>(
  spec: TableSpec<Row>,
  rows: Iterable<Row> | PackedRows,
): PackedBase<Row> {
  const saved = isPacked(rows) ? openSaved(spec, rows) : undefined;
  if (saved) return saved;
  const count = (rows as { count?: unknown }).count;
  const expected = Array.isArray(rows) ? rows.length : typeof count === 'number' ? count : 0;
  const builder = new PackedBuilder(spec, new RowCodec(), expected);
  for (const row of rows as Iterable<Row>) builder.add(row);
  return builder.finish();
}

/** A saved base for `spec`, if it is one; a saved form that does not hold together is not used either. */
function openSaved<Row>(spec: TableSpec<Row>, rows: PackedRows): PackedBase<Row> | undefined {
  if (rows.packed.print !== printOf(spec as TableSpec<unknown>)) return undefined;
  try {
    return PackedBase.open(spec, rows.packed);
  } catch {
    return undefined;
  }
}
