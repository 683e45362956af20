import { appendFile, readFile, rename, rm, truncate } from 'node:fs/promises';
import type { LoggedRow } from './transaction.ts';

/** One line of the change log: a committed transaction, or an API put back to its seed. */
export type LogEntry =
  { seq: number; api: string; rows: LoggedRow[] } | { seq: number; api: string; reset: true };

/**
 * The store's append-only change log (`<file>.log`): one JSON line per
 * committed transaction, so a crash can cut off at most a last line, and a
 * transaction is replayed whole or not at all. Appends run one at a time in
 * order; entries queued while one is written go out together in the next.
 * A compaction first moves the log aside (`<file>.log.old`) so the changes
 * made while the full file is written start a fresh log.
 */
export class ChangeLog {
  readonly file: string;
  readonly #old: string;
  #bytes = 0;
  #queue: { entry: LogEntry; live: () => boolean; done: (error?: Error) => void }[] = [];
  #writing: Promise<void> = Promise.resolve();
  #scheduled = false;

  constructor(storeFile: string) {
    this.file = `${storeFile}.log`;
    this.#old = `${storeFile}.log.old`;
  }

  /** Bytes in the current log: what decides when to compact. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The entries after `seq`, from the moved-aside log first, stopping at a line a crash cut off. */
  async read(seq: number): Promise<{ entries: LogEntry[]; hasOld: boolean }> {
    const old = await readIfThere(this.#old);
    const current = await readIfThere(this.file);
    this.#bytes = current === null ? 0 : Buffer.byteLength(current);
    const entries: LogEntry[] = [];
    let last = seq;
    for (const text of [old, current]) {
      for (const line of (text ?? '').split('\n')) {
        const entry = parseLine(line);
        if (!entry) break;
        if (entry.seq <= last) continue;
        entries.push(entry);
        last = entry.seq;
      }
    }
    return { entries, hasOld: old !== null };
  }

  /**
   * Resolves once `entry` is on disk; rejects if its write failed (the log is
   * cut back). An entry no longer `live` when its turn comes is left out.
   */
  append(entry: LogEntry, live: () => boolean = () => true): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ entry, live, done: (error) => (error ? reject(error) : resolve()) });
      if (!this.#scheduled) {
        this.#scheduled = true;
        this.#writing = this.#writing.then(() => this.#flush());
      }
    });
  }

  /** Runs `job` between two appends, with every entry queued before it written first. */
  exclusive<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#writing.then(async () => {
      await this.#flush();
      return job();
    });
    this.#writing = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** Moves the log aside; later entries start a new one. Call inside `exclusive`. */
  async rotate(): Promise<void> {
    if (this.#bytes === 0) return;
    await rename(this.file, this.#old);
    this.#bytes = 0;
  }

  /** Drops the moved-aside log once the full file holds all it had. */
  async dropOld(): Promise<void> {
    await rm(this.#old, { force: true });
  }

  /** Empties the log: the full file holds everything. Call inside `exclusive`. */
  async clear(): Promise<void> {
    await rm(this.file, { force: true });
    await this.dropOld();
    this.#bytes = 0;
  }

  async #flush(): Promise<void> {
    this.#scheduled = false;
    const batch = this.#queue;
    this.#queue = [];
    const live = batch.filter((item) => item.live());
    if (live.length === 0) {
      for (const item of batch) item.done();
      return;
    }
    const text = live.map((item) => JSON.stringify(item.entry) + '\n').join('');
    try {
      await appendFile(this.file, text);
      this.#bytes += Buffer.byteLength(text);
      for (const item of batch) item.done();
    } catch (error) {
      await truncate(this.file, this.#bytes).catch(() => undefined);
      for (const item of batch) item.done(error as Error);
    }
  }
}

async function readIfThere(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

function parseLine(line: string): LogEntry | undefined {
  if (line === '') return undefined;
  try {
    const entry = JSON.parse(line) as LogEntry;
    return typeof entry.seq === 'number' ? entry : undefined;
  } catch {
    return undefined;
  }
}
