import type { RowChange } from './tables/table.ts';

/** One row change as the change log keeps it: the row, or no row for a removal. */
export interface LoggedRow {
  table: string;
  key: string;
  row?: unknown;
}

/**
 * The changes one request (or one provider-state setup) makes to one API's
 * tables: all of them reach the disk, or none stays in memory.
 */
export class Transaction {
  readonly api: string;
  readonly changes: RowChange[] = [];
  /** Its place in the change log, given when it is committed. */
  seq = 0;
  /** Set when an earlier write failed and this one was undone before it was written. */
  cancelled = false;

  constructor(api: string) {
    this.api = api;
  }

  record(change: RowChange): void {
    this.changes.push(change);
  }

  /** Puts every row back as it was, newest change first. */
  undo(): void {
    for (let at = this.changes.length - 1; at >= 0; at -= 1) {
      const change = this.changes[at];
      if (change) change.table.restore(change.key, change.before);
    }
  }

  /** The net change per row, in the order rows were first touched. */
  logged(): LoggedRow[] {
    const last = new Map<string, LoggedRow>();
    for (const change of this.changes) {
      const id = `${change.table.name}\u0000${change.key}`;
      last.delete(id);
      last.set(id, { table: change.table.name, key: change.key, row: change.after });
    }
    return [...last.values()].map((entry) =>
      entry.row === undefined ? { table: entry.table, key: entry.key } : entry,
    );
  }
}
