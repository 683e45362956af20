/** How a table finds its rows: a primary key, unique look-up keys and one-to-many groups. */
export interface TableSpec<Row> {
  /** The row's primary key: what the change log, overlays and snapshots address it by. */
  key: (row: Row) => string;
  /** Unique look-ups; a function may give several keys (every token of an account). */
  unique?: Record<string, (row: Row) => string | readonly string[] | undefined>;
  /** One-to-many look-ups, each group in the order its rows joined it (a replace keeps the place). */
  groups?: Record<string, (row: Row) => string | undefined>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TableSpecs = Record<string, TableSpec<any>>;

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

/**
 * The most rows a table takes through `insert`: with every field bounded in
 * the specs, a list of them stays far below the largest string a JSON answer
 * can be (a store grown to 587 MB could no longer list its users).
 */
export const MAX_TABLE_ROWS = 150_000;

/** Thrown by `insert` on a table holding MAX_TABLE_ROWS rows. */
export class TableFull extends Error {
  constructor(table: string) {
    super(
      `facsimile holds ${MAX_TABLE_ROWS} ${table} rows already, its bound: delete some or reset the state`,
    );
    this.name = 'TableFull';
  }
}

const REMOVED = Symbol('removed');
/** Groups this large keep their row array between changes; smaller ones are cheaper to rebuild. */
const CACHED_GROUP_SIZE = 64;
type Slot<Row> = Row | typeof REMOVED;

/** A point-in-time view of a table that later changes do not disturb. */
export interface Frozen<Row> {
  rows(): Generator<Row>;
  release(): void;
}

interface Freeze<Row> {
  keys: string[];
  before: Map<string, Row | undefined>;
}

/**
 * Rows keyed by primary key, with O(1) insert, replace and remove, unique
 * indexes and ordered groups. A table may sit over a read-only `parent` (a
 * session over the seed or a snapshot): it then holds only what it changed,
 * so its memory follows its changes, not the parent's size. Rows are never
 * edited in place: a change is a new row, reported to `onChange` first, which
 * is how transactions undo it and the store logs it.
 */
export class Table<Row> {
  readonly name: string;
  readonly spec: TableSpec<Row>;
  readonly #parent: Table<Row> | undefined;
  readonly #rows = new Map<string, Slot<Row>>();
  readonly #unique = new Map<string, Map<string, Slot<string>>>();
  /** Group → its members' keys: one key alone (most groups hold one row), or a set. */
  readonly #groups = new Map<string, Map<string, string | Set<string>>>();
  readonly #groupCache = new Map<string, readonly Row[]>();
  readonly #freezes = new Set<Freeze<Row>>();
  #onChange: ChangeListener | undefined;
  #size = 0;

  constructor(name: string, spec: TableSpec<Row>, rows: Iterable<Row> = [], parent?: Table<Row>) {
    this.name = name;
    this.spec = spec;
    this.#parent = parent;
    this.#size = parent?.size ?? 0;
    for (const index of Object.keys(spec.unique ?? {})) this.#unique.set(index, new Map());
    for (const group of Object.keys(spec.groups ?? {})) this.#groups.set(group, new Map());
    for (const row of rows) this.#apply(spec.key(row), row);
  }

  /** A table over this one that keeps its own changes and leaves this one as it is. */
  overlay(): Table<Row> {
    return new Table(this.name, this.spec, [], this);
  }

  /** Sets who hears of changes (the scope that owns the table); a table without one refuses changes. */
  listen(listener: ChangeListener | undefined): void {
    this.#onChange = listener;
  }

  get size(): number {
    return this.#size;
  }

  get(key: string): Row | undefined {
    const slot = this.#rows.get(key);
    if (slot === REMOVED) return undefined;
    return slot ?? this.#parent?.get(key);
  }

  find(index: string, value: string): Row | undefined {
    const keyOf = this.spec.unique?.[index];
    if (!keyOf) throw new Error(`table ${this.name} has no index "${index}"`);
    const own = this.#unique.get(index)?.get(value);
    if (own === REMOVED) return undefined;
    const key = own ?? (this.#parent ? this.#parent.#uniqueKey(index, value) : undefined);
    const row = key === undefined ? undefined : this.get(key);
    return row !== undefined && keysOf(keyOf(row)).includes(value) ? row : undefined;
  }

  /** The rows of one group, in table order; a large group's array is shared until it changes. */
  group(name: string, value: string): readonly Row[] {
    const cacheKey = `${name}\u0000${value}`;
    let rows = this.#groupCache.get(cacheKey);
    if (!rows) {
      rows = this.#groupRows(name, value);
      if (rows.length >= CACHED_GROUP_SIZE) this.#groupCache.set(cacheKey, rows);
    }
    return rows;
  }

  /** Every row in table order (a parent's rows first, in its order, then this table's new ones). */
  *values(): Generator<Row> {
    if (this.#parent) {
      for (const row of this.#parent.values()) {
        const key = this.spec.key(row);
        const slot = this.#rows.get(key);
        if (slot === undefined) yield row;
        else if (slot !== REMOVED) yield slot;
      }
    }
    for (const [key, slot] of this.#rows) {
      if (slot !== REMOVED && !this.#parent?.has(key)) yield slot;
    }
  }

  all(): Row[] {
    return [...this.values()];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
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
    const freeze: Freeze<Row> = { keys: [], before: new Map() };
    for (const row of this.values()) freeze.keys.push(this.spec.key(row));
    this.#freezes.add(freeze);
    const rowAt = (key: string) =>
      freeze.before.has(key) ? freeze.before.get(key) : this.get(key);
    return {
      *rows() {
        for (const key of freeze.keys) {
          const row = rowAt(key);
          if (row !== undefined) yield row;
        }
      },
      release: () => this.#freezes.delete(freeze),
    };
  }

  #change(key: string, row: Row | undefined): void {
    if (!this.#onChange) throw new Error(`${this.name}: changed outside a transaction`);
    const before = this.get(key);
    this.#onChange({ table: this as Table<unknown>, key, before, after: row });
    this.#apply(key, row);
  }

  #apply(key: string, row: Row | undefined): void {
    const before = this.get(key);
    for (const freeze of this.#freezes) if (!freeze.before.has(key)) freeze.before.set(key, before);
    if (before !== undefined) this.#unindex(key, before, row);
    if (row === undefined) {
      if (this.#parent?.has(key)) this.#rows.set(key, REMOVED);
      else this.#rows.delete(key);
    } else {
      this.#rows.set(key, row);
      this.#index(key, row, before);
    }
    this.#size += (row === undefined ? 0 : 1) - (before === undefined ? 0 : 1);
  }

  /** Indexes `row`; a group it stays in keeps its place (`before` was in it already). */
  #index(key: string, row: Row, before: Row | undefined): void {
    for (const [name, keyOf] of Object.entries(this.spec.unique ?? {}))
      for (const value of keysOf(keyOf(row))) this.#unique.get(name)?.set(value, key);
    for (const [name, groupOf] of Object.entries(this.spec.groups ?? {})) {
      const value = groupOf(row);
      if (value === undefined) continue;
      this.#forgetGroup(name, value);
      if (before !== undefined && groupOf(before) === value && this.#inOwnGroup(name, value, key))
        continue;
      const groups = this.#groups.get(name);
      const members = groups?.get(value);
      if (members === undefined || members === key) groups?.set(value, key);
      else if (typeof members === 'string') groups?.set(value, new Set([members, key]));
      else members.add(key);
    }
  }

  #unindex(key: string, row: Row, next: Row | undefined): void {
    for (const [name, keyOf] of Object.entries(this.spec.unique ?? {})) {
      const index = this.#unique.get(name);
      for (const value of keysOf(keyOf(row))) {
        if (this.#parent) index?.set(value, REMOVED);
        else if (index?.get(value) === key) index.delete(value);
      }
    }
    for (const [name, groupOf] of Object.entries(this.spec.groups ?? {})) {
      const value = groupOf(row);
      if (value === undefined) continue;
      this.#forgetGroup(name, value);
      if (next !== undefined && groupOf(next) === value) continue;
      const groups = this.#groups.get(name);
      const members = groups?.get(value);
      if (members === key) groups?.delete(value);
      else if (typeof members === 'object') {
        members.delete(key);
        if (members.size === 0) groups?.delete(value);
      }
    }
  }

  #uniqueKey(index: string, value: string): string | undefined {
    const own = this.#unique.get(index)?.get(value);
    if (own === REMOVED) return undefined;
    return own ?? (this.#parent ? this.#parent.#uniqueKey(index, value) : undefined);
  }

  /** Drops a group's cached rows; no key is built while nothing is cached (a load indexes every row). */
  #forgetGroup(name: string, value: string): void {
    if (this.#groupCache.size > 0) this.#groupCache.delete(`${name}\u0000${value}`);
  }

  #inOwnGroup(name: string, value: string, key: string): boolean {
    const members = this.#groups.get(name)?.get(value);
    return members === key || (typeof members === 'object' && members.has(key));
  }

  #groupRows(name: string, value: string): Row[] {
    const members = this.#groups.get(name)?.get(value);
    const ownKeys = members === undefined ? [] : typeof members === 'string' ? [members] : members;
    const own: [string, Row][] = [];
    for (const key of ownKeys) {
      const slot = this.#rows.get(key);
      if (slot !== undefined && slot !== REMOVED) own.push([key, slot]);
    }
    if (!this.#parent) return own.map(([, row]) => row);
    const groupOf = this.spec.groups?.[name];
    const rows: Row[] = [];
    const seen = new Set<string>();
    for (const row of this.#parent.group(name, value)) {
      const key = this.spec.key(row);
      const current = this.get(key);
      seen.add(key);
      if (current !== undefined && groupOf?.(current) === value) rows.push(current);
    }
    for (const [key, row] of own) if (!seen.has(key)) rows.push(row);
    return rows;
  }
}

function keysOf(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
