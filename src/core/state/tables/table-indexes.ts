import { MAX_TABLE_ROWS } from '../../defaults.ts';

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

export { MAX_TABLE_ROWS };

/** Thrown by `insert` on a table holding MAX_TABLE_ROWS rows. */
export class TableFull extends Error {
  constructor(table: string) {
    super(
      `facsimile holds ${MAX_TABLE_ROWS} ${table} rows already, its bound: delete some or reset the state`,
    );
    this.name = 'TableFull';
  }
}

/** Marks a key an overlay gave up, over a parent that still has it. */
export const REMOVED = Symbol('removed');

export interface UniqueIndex<Row> {
  name: string;
  keyOf: (row: Row) => string | readonly string[] | undefined;
  /** Value → the key of the row that has it (`REMOVED`: an overlay's row gave it up). */
  keys: Map<string, string | typeof REMOVED>;
}

export interface GroupIndex<Row> {
  name: string;
  groupOf: (row: Row) => string | undefined;
  /** Group → its members' keys: one key alone (most groups hold one row), or a set. */
  members: Map<string, string | Set<string>>;
}

export function inGroup<Row>(group: GroupIndex<Row>, value: string, key: string): boolean {
  const members = group.members.get(value);
  return members === key || (typeof members === 'object' && members.has(key));
}

export function keysOf(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/**
 * `text` as one flat string. A key built with a template literal is a tree of
 * its pieces, each with its own header, and stays one when kept: at 100,000
 * rows per table the trees cost tens of megabytes. Decoding the UTF-8 bytes
 * gives a fresh flat copy.
 */
export function flat(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
