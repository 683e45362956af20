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
