import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low, Memory, type Adapter } from 'lowdb';
import { readStoreFile, writeStoreFile } from './store-file.ts';
import type { RowChange } from './table.ts';

/** Everything facsimile keeps: one JSON document, one key per API. */
export interface StoreData {
  /** `logSeq`: the last change-log entry the document already holds. */
  meta: { format: 1; seed: number; users: number; logSeq?: number };
  apis: Record<string, unknown>;
}

/** One line of the change log: a table's row change, numbered. */
export type LoggedChange = RowChange & { seq: number; api: string; table: string };

/** After this many bytes of change log, the next write is a full one (compaction). */
const COMPACT_AFTER_BYTES = 32 * 1024 * 1024;

/**
 * lowdb adapter for the store file and its change log (`<file>.log`, one JSON
 * line per row change). A full write replaces the file atomically (written a
 * line at a time to a temp file, then renamed) and then empties the log; a change-log write appends
 * only the new rows. One write is in flight at a time; callers arriving during
 * a write join the next one, and each resolves after the write holding its
 * change. Reading replays the log lines newer than the file's `logSeq`,
 * ignoring a last line cut off by a crash.
 */
export class LoggedJsonFile implements Adapter<StoreData | null> {
  readonly #file: string;
  readonly #log: string;
  #latest: StoreData | null = null;
  #pending: LoggedChange[] = [];
  #seq = 0;
  #logBytes = 0;
  #current: Promise<void> = Promise.resolve();
  #next: Promise<void> | null = null;
  #fullWanted = false;

  constructor(file: string) {
    this.#file = file;
    this.#log = `${file}.log`;
  }

  async read(): Promise<StoreData | null> {
    const data = await readStoreFile(this.#file);
    const log = (await readIfThere(this.#log)) ?? '';
    // Counted even without a store file, so the first full write empties a log left behind.
    this.#logBytes = log.length;
    if (data === null) return null;
    this.#seq = data.meta.logSeq ?? 0;
    for (const line of log.split('\n')) {
      const change = parseLine(line);
      if (!change) break;
      if (change.seq <= this.#seq) continue;
      applyChange(data, change);
      this.#seq = change.seq;
    }
    return data;
  }

  /** Notes a row change of the shared state; it goes to disk with the next write. */
  record(api: string, table: string, change: RowChange): void {
    this.#pending.push({ seq: ++this.#seq, api, table, ...change });
  }

  /** A full write of `data`. */
  write(data: StoreData | null): Promise<void> {
    this.#latest = data;
    this.#fullWanted = true;
    return this.#schedule();
  }

  /** Writes the changes recorded so far: appended to the log, or in a full write when one is due. */
  writeChanges(data: StoreData | null): Promise<void> {
    this.#latest = data;
    if (this.#logBytes > COMPACT_AFTER_BYTES) this.#fullWanted = true;
    return this.#schedule();
  }

  /**
   * On a clean stop: folds the change log into the file when it holds anything, and
   * otherwise only waits for the write under way (retried in full if it failed), so
   * stopping a stub that was only read never rewrites a large file.
   */
  settle(data: StoreData | null): Promise<void> {
    if (this.#pending.length > 0 || this.#logBytes > 0) return this.write(data);
    return (this.#next ?? this.#current).catch(() => this.write(data));
  }

  #schedule(): Promise<void> {
    this.#next ??= this.#current
      .catch(() => undefined)
      .then(() => {
        this.#next = null;
        this.#current = this.#fullWanted ? this.#writeFull() : this.#appendPending();
        return this.#current;
      });
    return this.#next;
  }

  async #writeFull(): Promise<void> {
    this.#fullWanted = false;
    const data = this.#latest;
    if (data && this.#seq > 0) data.meta.logSeq = this.#seq;
    this.#pending = [];
    if (data) await writeStoreFile(this.#file, data);
    // Every logged change is in the file now; a crash before this line is harmless (logSeq).
    if (this.#logBytes > 0) await writeFile(this.#log, '');
    this.#logBytes = 0;
  }

  async #appendPending(): Promise<void> {
    if (this.#pending.length === 0) return;
    const text = this.#pending.map((change) => JSON.stringify(change) + '\n').join('');
    this.#pending = [];
    await appendFile(this.#log, text);
    this.#logBytes += text.length;
  }
}

async function readIfThere(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

function parseLine(line: string): LoggedChange | undefined {
  if (line === '') return undefined;
  try {
    return JSON.parse(line) as LoggedChange;
  } catch {
    return undefined;
  }
}

function applyChange(data: StoreData, change: LoggedChange): void {
  const rows = (data.apis[change.api] as Record<string, unknown[]> | undefined)?.[change.table];
  if (!Array.isArray(rows)) throw new Error(`change log: no table ${change.api}.${change.table}`);
  if (change.op === 'insert') rows.push(change.row);
  else if (change.op === 'replace') rows[change.at] = change.row;
  else rows.splice(change.at, 1);
}

export class Store {
  readonly #db: Low<StoreData | null>;
  readonly #logged: LoggedJsonFile | undefined;
  readonly file: string | null;

  private constructor(db: Low<StoreData | null>, file: string | null, logged?: LoggedJsonFile) {
    this.#db = db;
    this.file = file;
    this.#logged = logged;
  }

  /** Opens the JSON file at `file` (created on first write), or a throwaway in-memory store. */
  static async open(file: string | null): Promise<Store> {
    if (!file) {
      const db = new Low<StoreData | null>(new Memory<StoreData | null>(), null);
      await db.read();
      return new Store(db, null);
    }
    await mkdir(dirname(file), { recursive: true });
    const logged = new LoggedJsonFile(file);
    const db = new Low<StoreData | null>(logged, null);
    await db.read();
    return new Store(db, file, logged);
  }

  get data(): StoreData | null {
    return this.#db.data;
  }

  /** Whether row changes can be logged instead of rewriting the file (a file-backed store). */
  get logsChanges(): boolean {
    return this.#logged !== undefined;
  }

  /** Notes a row change of the shared state, written by the next `persistChanges` or `persist`. */
  record(api: string, table: string, change: RowChange): void {
    this.#logged?.record(api, table, change);
  }

  /** Replaces the whole state and waits until it is on disk. */
  async replace(data: StoreData): Promise<void> {
    this.#db.data = data;
    await this.#db.write();
  }

  /** Waits until the current state (with every change made so far) is on disk, as a full write. */
  async persist(): Promise<void> {
    await this.#db.write();
  }

  /** Before the process stops: every change on disk, the change log folded into the file. */
  async close(): Promise<void> {
    await this.#logged?.settle(this.#db.data);
  }

  /** Waits until the row changes recorded so far are on disk (appended to the change log). */
  async persistChanges(): Promise<void> {
    if (this.#logged) await this.#logged.writeChanges(this.#db.data);
    else await this.#db.write();
  }
}
