/** One change a table made to its rows array, as the store's change log replays it. */
export type RowChange =
  | { op: 'insert'; row: unknown }
  | { op: 'replace'; at: number; row: unknown }
  | { op: 'remove'; at: number };

type ChangeSink = (change: RowChange) => void;
let sinkForRows: ((rows: unknown[]) => ChangeSink | undefined) | undefined;

/**
 * Runs `open` (an API's `open`) so that every Table it builds reports its
 * changes to the sink `sinkFor` gives for its rows array: how the store logs
 * row changes instead of rewriting the whole file.
 */
export function withChangeSinks<T>(
  sinkFor: (rows: unknown[]) => ChangeSink | undefined,
  open: () => T,
): T {
  const previous = sinkForRows;
  sinkForRows = sinkFor;
  try {
    return open();
  } finally {
    sinkForRows = previous;
  }
}

/**
 * A list of records kept in the store's JSON data, with unique in-memory
 * indexes so lookups by id or login do not scan. The rows array is the one
 * inside the store's data, so whatever the table changes is what gets written.
 */
export class Table<Row> {
  readonly #rows: Row[];
  readonly #keys: Record<string, (row: Row) => string | undefined>;
  readonly #indexes = new Map<string, Map<string, Row>>();
  readonly #onChange: ChangeSink | undefined;

  constructor(rows: Row[], keys: Record<string, (row: Row) => string | undefined>) {
    this.#rows = rows;
    this.#keys = keys;
    this.#onChange = sinkForRows?.(rows);
    for (const [name, keyOf] of Object.entries(keys)) {
      const index = new Map<string, Row>();
      for (const row of rows) {
        const key = keyOf(row);
        if (key !== undefined) index.set(key, row);
      }
      this.#indexes.set(name, index);
    }
  }

  get size(): number {
    return this.#rows.length;
  }

  all(): readonly Row[] {
    return this.#rows;
  }

  find(index: string, key: string): Row | undefined {
    const map = this.#indexes.get(index);
    if (!map) throw new Error(`no index "${index}"`);
    return map.get(key);
  }

  insert(row: Row): Row {
    this.#rows.push(row);
    this.#indexRow(row);
    this.#onChange?.({ op: 'insert', row });
    return row;
  }

  /** Replaces `row` in place with `next`, keeping the position in the list. */
  replace(row: Row, next: Row): Row {
    const at = this.#rows.indexOf(row);
    if (at < 0) throw new Error('row is not in this table');
    this.#unindexRow(row);
    this.#rows[at] = next;
    this.#indexRow(next);
    this.#onChange?.({ op: 'replace', at, row: next });
    return next;
  }

  remove(row: Row): void {
    const at = this.#rows.indexOf(row);
    if (at < 0) return;
    this.#rows.splice(at, 1);
    this.#unindexRow(row);
    this.#onChange?.({ op: 'remove', at });
  }

  #indexRow(row: Row): void {
    for (const [name, keyOf] of Object.entries(this.#keys)) {
      const key = keyOf(row);
      if (key !== undefined) this.#indexes.get(name)?.set(key, row);
    }
  }

  #unindexRow(row: Row): void {
    for (const [name, keyOf] of Object.entries(this.#keys)) {
      const key = keyOf(row);
      if (key !== undefined && this.#indexes.get(name)?.get(key) === row)
        this.#indexes.get(name)?.delete(key);
    }
  }
}
