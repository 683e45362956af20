import { dirname } from 'node:path';
import { diskFiles, type StoreFiles } from './files.ts';
import { LogDamaged, scanLogFile, type LogEntry, type LogScan } from './log-lines.ts';

export type { LogEntry } from './log-lines.ts';

/** A last line a crash cut off: left out, and cut from the file before anything is appended. */
export interface TornLine {
  file: string;
  line: number;
  bytes: number;
}

/**
 * The store's append-only change log (`<file>.log`): one JSON line per
 * committed transaction, so a crash can cut off at most a last line, and a
 * transaction is replayed whole or not at all. Appends run one at a time in
 * order, each on disk (fdatasync) before it resolves; entries queued while
 * one is written go out together in the next. A compaction first moves the
 * log aside (`<file>.log.old`) so the changes made while the full file is
 * written start a fresh log; while a moved-aside log is not yet folded into
 * the file, nothing is moved over it.
 */
export class ChangeLog {
  readonly file: string;
  readonly old: string;
  readonly #storeFile: string;
  readonly #files: StoreFiles;
  #bytes = 0;
  #hasOld = false;
  /** A failed write may have left bytes past `#bytes`: they are cut before the next append. */
  #dirty = false;
  #torn: TornLine[] = [];
  #queue: { entry: LogEntry; live: () => boolean; done: (error?: Error) => void }[] = [];
  #writing: Promise<void> = Promise.resolve();
  #scheduled = false;
  #failedWrites = 0;

  constructor(storeFile: string, files: StoreFiles = diskFiles) {
    this.#storeFile = storeFile;
    this.file = `${storeFile}.log`;
    this.old = `${storeFile}.log.old`;
    this.#files = files;
  }

  /** Bytes in the current log: what decides when to compact. */
  get bytes(): number {
    return this.#bytes;
  }

  /** How many appends failed so far: a change in memory then was undone. */
  get failedWrites(): number {
    return this.#failedWrites;
  }

  /** Whether a moved-aside log is waiting to be folded into the file. */
  get hasOld(): boolean {
    return this.#hasOld;
  }

  /**
   * The entries after `seq`, from the moved-aside log first. A last line a
   * crash cut off is left out (see `torn`); a bad line before the last throws
   * `LogDamaged`. Reads only: `cutTorn` changes the files.
   */
  async read(seq: number): Promise<{ entries: LogEntry[]; found: boolean; torn: TornLine[] }> {
    const old = await scanLogFile(this.old);
    const current = await scanLogFile(this.file);
    const scans: [string, LogScan | null][] = [
      [this.old, old],
      [this.file, current],
    ];
    const entries: LogEntry[] = [];
    let last = seq;
    this.#torn = [];
    for (const [file, scan] of scans) {
      if (!scan) continue;
      if (scan.badLine !== undefined && !scan.badIsLast)
        throw new LogDamaged(this.#storeFile, file, scan.badLine, scan.linesAfter ?? 0);
      if (scan.badLine !== undefined)
        this.#torn.push({ file, line: scan.badLine, bytes: scan.totalBytes - scan.goodBytes });
      for (const entry of scan.entries) {
        if (entry.seq <= last) continue;
        entries.push(entry);
        last = entry.seq;
      }
    }
    this.#hasOld = old !== null;
    this.#bytes = current?.goodBytes ?? 0;
    this.#dirty = (current?.totalBytes ?? 0) > this.#bytes;
    const found = (old?.totalBytes ?? 0) + (current?.totalBytes ?? 0) > 0;
    return { entries, found, torn: this.#torn };
  }

  /** Cuts the torn last lines `read` found off their files. */
  async cutTorn(): Promise<void> {
    for (const torn of this.#torn) {
      const scan = await scanLogFile(torn.file);
      if (scan?.badIsLast) await this.#files.truncate(torn.file, scan.goodBytes);
    }
    this.#torn = [];
    this.#dirty = false;
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
        this.#writing = this.#writing.then(() => this.#flush().then(() => undefined));
      }
    });
  }

  /**
   * Runs `job` between two appends, once every entry queued before it is on
   * disk: `job` starts in the same tick as the queue was found empty, so a
   * view it takes before its first `await` holds only durable changes.
   * Rejects without running `job` when one of those entries failed.
   */
  exclusive<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#writing.then(async () => {
      while (this.#queue.length > 0) {
        const failed = await this.#flush();
        if (failed) throw failed;
      }
      return job();
    });
    this.#writing = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /**
   * Moves the log aside; later entries start a new one. Call inside
   * `exclusive`. Does nothing while an earlier moved-aside log is not yet in
   * the file: the log then goes on growing, and is folded in with it.
   */
  async rotate(): Promise<void> {
    if (this.#hasOld || this.#bytes === 0) return;
    if (this.#dirty) await this.#cutBack();
    await this.#files.rename(this.file, this.old);
    this.#hasOld = true;
    this.#bytes = 0;
    await this.#files.syncDir(dirname(this.file));
  }

  /** Drops the moved-aside log once the full file holds all it had. */
  async dropOld(): Promise<void> {
    await this.#files.remove(this.old);
    this.#hasOld = false;
  }

  /** Empties the log: the full file holds everything. Call inside `exclusive`. */
  async clear(): Promise<void> {
    await this.#files.remove(this.file);
    this.#bytes = 0;
    this.#dirty = false;
    await this.dropOld();
  }

  /** Writes the queued entries; answers the error when their write failed. */
  async #flush(): Promise<Error | undefined> {
    this.#scheduled = false;
    const batch = this.#queue;
    this.#queue = [];
    const live = batch.filter((item) => item.live());
    const text = live.map((item) => JSON.stringify(item.entry) + '\n').join('');
    let failed: Error | undefined;
    if (text !== '') {
      try {
        await this.#write(text);
      } catch (error) {
        failed = error as Error;
        this.#failedWrites += 1;
        await this.#cutBack().catch(() => undefined);
      }
    }
    for (const item of batch) item.done(failed);
    return failed;
  }

  async #write(text: string): Promise<void> {
    if (this.#dirty) await this.#cutBack();
    const created = this.#bytes === 0;
    const handle = await this.#files.open(this.file, 'a');
    try {
      await handle.write(text);
      await handle.datasync();
    } finally {
      this.#dirty = true;
      await handle.close();
    }
    if (created) await this.#files.syncDir(dirname(this.file));
    this.#bytes += Buffer.byteLength(text);
    this.#dirty = false;
  }

  /** Cuts the log back to its last acknowledged line (a failed write may have left part of one). */
  async #cutBack(): Promise<void> {
    this.#dirty = true;
    await this.#files.truncate(this.file, this.#bytes).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      // Removed from outside: the next append starts it afresh rather than refusing every change.
      this.#bytes = 0;
    });
    this.#dirty = false;
  }
}
