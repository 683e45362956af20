import { HeldRows } from './held-rows.ts';
import { LAZY_FROM, rowsOf } from './lazy-rows.ts';
import type { PackedBase, PackedImage, PackedRows, RowSource, Stored } from './packed-base.ts';
import { baseOf } from './packed-builder.ts';
import type { RowCodec } from './row-codec.ts';
import {
  flat,
  inGroup,
  keysOf,
  MAX_TABLE_ROWS,
  REMOVED,
  TableFull,
  type GroupIndex,
  type TableSpec,
  type TableSpecs,
  type UniqueIndex,
} from './table-indexes.ts';

export { MAX_TABLE_ROWS, TableFull, type TableSpec, type TableSpecs } from './table-indexes.ts';

/** The opened tables of a set of specs, typed by the rows each spec's key takes. */
export type TablesOf<Specs extends TableSpecs> = {
  [Name in keyof Specs]: Specs[Name] extends TableSpec<infer Row> ? Table<Row> : never;
};

/** One row change, with the row before and after (`undefined`: absent). */
export interface RowChange {
  table: Table<unknown>;
  key: string;
  before: unknown;
  after: unknown;
}

/** Where a table reports each change before making it: the scope's open transaction. */
export type ChangeListener = (change: RowChange) => void;

type Slot = Stored | typeof REMOVED;
type Entry = [key: string, stored: Stored];

/** Short groups a table keeps the members of at once; past it, they are looked up afresh. */
const MAX_SHORT_GROUPS = 4096;

/** A point-in-time view of a table that later changes do not disturb. */
export interface Frozen<Row> {
  rows(): Generator<Row>;
  release(): void;
}

interface Freeze {
  keys: string[];
  before: Map<string, Stored | undefined>;
}

/**
 * Rows keyed by primary key, with O(1) insert, replace and remove, unique
 * indexes and ordered groups. A table always sits over a read-only source:
 * the rows it opened with, packed outside the V8 heap (packed-base.ts), or
 * another table (a session over the seed or a snapshot). It holds on the heap
 * only what it changed, each row as one compact string (row-codec.ts), so its
 * memory follows its changes. A change is a new row, reported to `onChange`
 * first, which is how transactions undo it and the store logs it; a row read
 * is a copy, so editing it changes nothing stored.
 */
export class Table<Row> {
  readonly name: string;
  readonly spec: TableSpec<Row>;
  readonly #parent: RowSource;
  /** The rows the table opened with, when it is not over another table. */
  readonly #base: PackedBase<Row> | undefined;
  /** What the base was opened from: a store image saves a base only with the rows it came from. */
  readonly #openedFrom: unknown;
  readonly #codec: RowCodec;
  readonly #rows = new Map<string, Slot>();
  /** Keys whose place in the parent is gone: removed here (a later insert goes to the end). */
  readonly #dead = new Set<string>();
  /** Per group, keys whose place in the parent's group is gone: their row left that group here. */
  readonly #leftGroup = new Map<string, Set<string>>();
  readonly #unique: UniqueIndex<Row>[] = [];
  readonly #groups: GroupIndex<Row>[] = [];
  /** A large group's keys and stored rows, kept until the group changes. */
  readonly #groupCache = new Map<string, readonly Entry[]>();
  /** The same for short groups, a bounded number: a page read again looks nothing up. */
  readonly #shortGroups = new Map<string, readonly Entry[]>();
  readonly #freezes = new Set<Freeze>();
  readonly #held = new HeldRows<Stored>();
  #onChange: ChangeListener | undefined;
  #size = 0;

  constructor(
    name: string,
    spec: TableSpec<Row>,
    rows: Iterable<Row> | PackedRows = [],
    parent?: RowSource,
  ) {
    this.name = name;
    this.spec = spec;
    this.#base = parent ? undefined : baseOf(spec, rows);
    this.#openedFrom = rows;
    this.#parent = parent ?? (this.#base as PackedBase<Row>);
    this.#codec = this.#parent.codec;
    this.#size = this.#parent.size;
    for (const [name, keyOf] of Object.entries(spec.unique ?? {}))
      this.#unique.push({ name, keyOf, keys: new Map() });
    for (const [name, groupOf] of Object.entries(spec.groups ?? {}))
      this.#groups.push({ name, groupOf, members: new Map() });
  }

  /** A table over this one that keeps its own changes and leaves this one as it is. */
  overlay(): Table<Row> {
    const table = this as Table<Row>;
    const source: RowSource = {
      codec: this.#codec,
      get size() {
        return table.size;
      },
      stored: (key) => this.#stored(key),
      entries: () => this.#entries(),
      uniqueKey: (index, value) => this.#uniqueKey(index, value),
      groupEntries: (name, value) => this.#groupEntries(name, value),
      text: (position) => this.#parent.text(position),
    };
    return new Table(this.name, this.spec, [], source);
  }

  /** The rows the table opened with from `rows`, as a store image saves them (none for an overlay). */
  imageOf(rows: unknown): PackedImage | undefined {
    return rows === this.#openedFrom ? this.#base?.image() : undefined;
  }

  /** Sets who hears of changes (the scope that owns the table); a table without one refuses changes. */
  listen(listener: ChangeListener | undefined): void {
    this.#onChange = listener;
  }

  get size(): number {
    return this.#size;
  }

  get(key: string): Row | undefined {
    const stored = this.#stored(key);
    return stored === undefined ? undefined : this.#heldRow([key, stored]);
  }

  find(index: string, value: string): Row | undefined {
    const keyOf = this.spec.unique?.[index];
    if (!keyOf) throw new Error(`table ${this.name} has no index "${index}"`);
    const key = this.#uniqueKey(index, value);
    const row = key === undefined ? undefined : this.get(key);
    return row !== undefined && keysOf(keyOf(row)).includes(value) ? row : undefined;
  }

  /**
   * The rows of one group, in table order, decoded as they are read. A short
   * group's rows are those `get` gives while someone holds them, as when rows
   * were kept as objects: a page read again soon after decodes nothing.
   */
  group(name: string, value: string): readonly Row[] {
    const cacheKey = `${name}\u0000${value}`;
    let entries = this.#groupCache.get(cacheKey) ?? this.#shortGroups.get(cacheKey);
    if (!entries) {
      entries = this.#groupEntries(name, value);
      const cache = entries.length < LAZY_FROM ? this.#shortGroups : this.#groupCache;
      // Bounded: reading every user's group once must not keep them all.
      if (cache === this.#shortGroups && cache.size >= MAX_SHORT_GROUPS) cache.clear();
      cache.set(cacheKey, entries);
    }
    return this.#rowsOf(entries);
  }

  /** Every row in table order (a parent's rows first, in its order, then this table's new ones). */
  *values(): Generator<Row> {
    for (const [, stored] of this.#entries()) yield this.#decode(stored);
  }

  /** Every row in table order, as an array decoded as it is read. */
  all(): Row[] {
    return this.#rowsOf([...this.#entries()]);
  }

  #rowsOf(entries: readonly Entry[]): Row[] {
    return rowsOf(entries, entries.length < LAZY_FROM ? this.#heldRow : this.#entryRow);
  }

  readonly #entryRow = (entry: Entry): Row => this.#decode(entry[1]);

  readonly #heldRow = ([key, stored]: Entry): Row =>
    (this.#held.get(key, stored) as Row | undefined) ??
    this.#held.hold(key, stored, this.#decode(stored));

  has(key: string): boolean {
    return this.#stored(key) !== undefined;
  }

  insert(row: Row): Row {
    const key = this.spec.key(row);
    if (this.has(key)) throw new Error(`${this.name}: a row with key "${key}" exists already`);
    if (this.#size >= MAX_TABLE_ROWS) throw new TableFull(this.name);
    this.#change(key, row);
    return row;
  }

  /** Puts `next` in the place of `row` (same primary key), keeping its position. */
  replace(row: Row, next: Row): Row {
    const key = this.spec.key(row);
    if (this.spec.key(next) !== key) throw new Error(`${this.name}: replace cannot change the key`);
    if (!this.has(key)) throw new Error(`${this.name}: no row with key "${key}"`);
    this.#change(key, next);
    return next;
  }

  remove(row: Row): void {
    const key = this.spec.key(row);
    if (this.has(key)) this.#change(key, undefined);
  }

  /** Sets a row by key without telling anyone: replaying a log, undoing a transaction. */
  restore(key: string, row: Row | undefined): void {
    this.#apply(key, row);
  }

  /** The rows as they are now, readable while later changes go on (for a full write). */
  freeze(): Frozen<Row> {
    const freeze: Freeze = { keys: [], before: new Map() };
    for (const [key] of this.#entries()) freeze.keys.push(key);
    this.#freezes.add(freeze);
    const storedAt = (key: string) =>
      freeze.before.has(key) ? freeze.before.get(key) : this.#stored(key);
    const decode = this.#decode;
    return {
      *rows() {
        for (const key of freeze.keys) {
          const stored = storedAt(key);
          if (stored !== undefined) yield decode(stored);
        }
      },
      release: () => this.#freezes.delete(freeze),
    };
  }

  /** A stored row as an object; a number is a record's place in the packed base under the chain. */
  readonly #decode = (stored: Stored): Row =>
    this.#codec.decode(typeof stored === 'string' ? stored : this.#parent.text(stored)) as Row;

  #stored(key: string): Stored | undefined {
    const slot = this.#rows.get(key);
    if (slot === REMOVED) return undefined;
    return slot ?? (this.#dead.has(key) ? undefined : this.#parent.stored(key));
  }

  /** Each row's key and stored form, in table order. */
  *#entries(): Generator<[string, Stored]> {
    const dead = this.#dead;
    for (const entry of this.#parent.entries()) {
      if (dead.size > 0 && dead.has(entry[0])) continue;
      const slot = this.#rows.get(entry[0]);
      if (slot === undefined) yield entry;
      else if (slot !== REMOVED) yield [entry[0], slot];
    }
    for (const [key, slot] of this.#rows)
      if (slot !== REMOVED && (dead.has(key) || this.#parent.stored(key) === undefined))
        yield [key, slot];
  }

  #change(key: string, row: Row | undefined): void {
    if (!this.#onChange) throw new Error(`${this.name}: changed outside a transaction`);
    const before = this.get(key);
    this.#onChange({ table: this as Table<unknown>, key, before, after: row });
    this.#apply(key, row);
  }

  #apply(key: string, row: Row | undefined): void {
    key = flat(key);
    const stored = this.#stored(key);
    for (const freeze of this.#freezes) if (!freeze.before.has(key)) freeze.before.set(key, stored);
    const before = stored === undefined || !this.#indexed() ? undefined : this.#decode(stored);
    if (before !== undefined) this.#unindex(key, before, row);
    const inParent = !this.#dead.has(key) && this.#parent.stored(key) !== undefined;
    if (row === undefined) {
      if (inParent) {
        this.#rows.set(key, REMOVED);
        this.#dead.add(key);
      } else if (this.#dead.has(key)) this.#rows.set(key, REMOVED);
      else this.#rows.delete(key);
    } else {
      const text = this.#codec.encode(row);
      // A row inserted again goes to the end, as in a list.
      if (stored === undefined) this.#rows.delete(key);
      this.#rows.set(key, text);
      this.#held.hold(key, text, row);
      this.#index(key, row, before);
    }
    this.#size += (row === undefined ? 0 : 1) - (stored === undefined ? 0 : 1);
  }

  #indexed(): boolean {
    return this.#unique.length > 0 || this.#groups.length > 0;
  }

  /** Indexes `row`; a group it stays in keeps its place (`before` was in it already). */
  #index(key: string, row: Row, before: Row | undefined): void {
    for (const { keyOf, keys } of this.#unique)
      for (const value of keysOf(keyOf(row))) keys.set(flat(value), key);
    for (const group of this.#groups) {
      const value = group.groupOf(row);
      if (value === undefined) continue;
      this.#forgetGroup(group.name, value);
      if (before !== undefined && group.groupOf(before) === value && inGroup(group, value, key))
        continue;
      const members = group.members.get(value);
      if (members === undefined || members === key) group.members.set(flat(value), key);
      else if (typeof members === 'string') group.members.set(value, new Set([members, key]));
      else members.add(key);
    }
  }

  #unindex(key: string, row: Row, next: Row | undefined): void {
    for (const { keyOf, keys } of this.#unique)
      for (const value of keysOf(keyOf(row))) keys.set(flat(value), REMOVED);
    for (const group of this.#groups) {
      const value = group.groupOf(row);
      if (value === undefined) continue;
      this.#forgetGroup(group.name, value);
      if (next !== undefined && group.groupOf(next) === value) continue;
      let left = this.#leftGroup.get(group.name);
      if (!left) this.#leftGroup.set(group.name, (left = new Set()));
      left.add(key);
      const members = group.members.get(value);
      if (members === key) group.members.delete(value);
      else if (typeof members === 'object') {
        members.delete(key);
        if (members.size === 0) group.members.delete(value);
      }
    }
  }

  #uniqueKey(index: string, value: string): string | undefined {
    const own = this.#unique.find((unique) => unique.name === index)?.keys.get(value);
    if (own === REMOVED) return undefined;
    return own ?? this.#parent.uniqueKey(index, value);
  }

  /** Drops a group's cached rows; no key is built while nothing is cached. */
  #forgetGroup(name: string, value: string): void {
    if (this.#groupCache.size === 0 && this.#shortGroups.size === 0) return;
    const cacheKey = `${name}\u0000${value}`;
    this.#groupCache.delete(cacheKey);
    this.#shortGroups.delete(cacheKey);
  }

  /** A group's rows in order: the parent's still in it, then those that joined it here. */
  #groupEntries(name: string, value: string): Entry[] {
    const fromParent = this.#parent.groupEntries(name, value);
    const members = this.#groups.find((group) => group.name === name)?.members.get(value);
    const left = this.#leftGroup.get(name);
    if (this.#rows.size === 0) return fromParent;
    const groupOf = this.spec.groups?.[name];
    const entries: Entry[] = [];
    const seen = new Set<string>();
    for (const entry of fromParent) {
      const key = entry[0];
      if (left?.has(key)) continue;
      const slot = this.#rows.get(key);
      if (slot === undefined) entries.push(entry);
      else if (slot !== REMOVED && groupOf?.(this.#decode(slot)) === value) {
        seen.add(key);
        entries.push([key, slot]);
      }
    }
    const own = members === undefined ? [] : typeof members === 'string' ? [members] : members;
    for (const key of own) if (!seen.has(key)) entries.push([key, this.#stored(key) as Stored]);
    return entries;
  }
}
