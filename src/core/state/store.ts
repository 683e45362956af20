import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ChangeLog, type LogEntry } from './change-log.ts';
import type { SnapshotShelf } from './snapshots.ts';
import type { LoggedRow } from './transaction.ts';
import {
  readStoreFile,
  viewOf,
  writeStoreFile,
  type StoreData,
  type StoreView,
} from './store-file.ts';

/** A point-in-time view for a full write, and how to let go of it once written. */
export interface TakenView {
  view: StoreView;
  release(): void;
}

/**
 * Where the shared state is kept between runs. The runtime holds the live
 * state in memory and hands the store each committed transaction in order;
 * a store makes it durable. A second backend implements this interface.
 */
export interface StateStore {
  /** The file (or other place) shown to users; `null` for memory only. */
  readonly location: string | null;
  /** The stored document and the log entries newer than it, in order. */
  load(): Promise<{ data: StoreData | null; log: LogEntry[]; recovering: boolean }>;
  /** Resolves once `entry` is durable; an entry no longer `live` when written is left out. */
  append(entry: LogEntry, live: () => boolean): Promise<void>;
  /** Whether enough has been logged that a compaction is due. */
  readonly wantsCompaction: boolean;
  /** Writes the whole state, folding the log in, while appends go on. */
  compact(take: () => TakenView): Promise<void>;
  /** Writes the whole state with appends held back until it is on disk (a restore). */
  replaceAll(take: () => TakenView): Promise<void>;
  /** On a clean stop: the log folded into the file if it holds anything. */
  close(take: () => TakenView): Promise<void>;
  /** Set by a store several processes share (PostgreSQL); the file store has none. */
  readonly shared?: SharedStore;
}

/**
 * What a store shared by several processes adds. The store orders writes:
 * `append` (and a restore's `replaceAll`) claims `entry.seq` or throws
 * `AppendConflict` when another process claimed it first; the runtime then
 * catches up with `since` and re-runs the transaction.
 */
export interface SharedStore {
  /** What other processes committed after `seq`. */
  since(seq: number): Promise<SharedChanges>;
  /** Claims `seq` for setting the shared value `name` (or throws `AppendConflict`). */
  publish(seq: number, name: string, value: unknown): Promise<void>;
  /** Every shared value set so far. */
  values(): Promise<Map<string, unknown>>;
  /** Claims `entry.seq` for a session's change (or throws `AppendConflict`). */
  appendSession(entry: SessionEntry): Promise<void>;
  /** A session's entries up to `seq`, in order: what a process that does not hold it replays. */
  sessionHistory(session: string, seq: number): Promise<SessionEntry[]>;
  /** Runs `job` while no other process starts on this store, so seeding happens once. */
  starting<T>(job: () => Promise<T>): Promise<T>;
  /** Where snapshots are kept, shared by every process. */
  readonly snapshots: SnapshotShelf;
  /** Whether the store answers, and its last sequence number. */
  status(): Promise<{ reachable: boolean; head: number | null }>;
}

/** A session's change in a shared store's log: rows, a start from a source, a reset, an end. */
export type SessionEntry = { seq: number } & SessionChange;
export type SessionChange = { session: string } & (
  | { api: string; rows: LoggedRow[] }
  | { start: string }
  | { reset: true; api?: string }
  | { end: true }
);

/** What other processes committed after a sequence number. */
export interface SharedChanges {
  /** The state to reopen from first (after a restore), or `null`. */
  data: StoreData | null;
  /** The entries to replay, in order. */
  log: LogEntry[];
  /** Shared values changed, as they are now. */
  values: Map<string, unknown>;
  /** Sessions' entries, in order. */
  sessions: SessionEntry[];
  /** The last sequence number read: every entry up to it is in the above. */
  head: number;
}

/** Another process appended at the sequence number first: catch up and run the change again. */
export class AppendConflict extends Error {
  constructor(seq: number) {
    super(`change ${seq} was committed by another process first`);
    this.name = 'AppendConflict';
  }
}

/** A store that keeps nothing: the state lives as long as the process. */
export class MemoryStore implements StateStore {
  readonly location = null;
  readonly wantsCompaction = false;
  async load() {
    return { data: null, log: [], recovering: false };
  }
  async append(): Promise<void> {}
  async compact(): Promise<void> {}
  async replaceAll(): Promise<void> {}
  async close(): Promise<void> {}
}

/** After this many bytes of change log, a compaction is started (off the request path). */
const COMPACT_AFTER_BYTES = 32 * 1024 * 1024;

/**
 * The lowdb-layout JSON file (a row per line, see store-file.ts) plus its
 * change log. A crash at any instant leaves a file and a log that replay to
 * exactly the acknowledged state: the file is replaced only by rename, and
 * holds the sequence number of the last log entry it includes.
 */
export class FileStore implements StateStore {
  readonly location: string;
  readonly #log: ChangeLog;
  readonly #compactAfter: number;
  #compacting: Promise<void> | undefined;

  constructor(file: string, compactAfterBytes = COMPACT_AFTER_BYTES) {
    this.location = file;
    this.#log = new ChangeLog(file);
    this.#compactAfter = compactAfterBytes;
  }

  async load() {
    await mkdir(dirname(this.location), { recursive: true });
    await removeStaleTemporaries(this.location);
    const data = await readStoreFile(this.location);
    const { entries, hasOld } = await this.#log.read(data?.meta.logSeq ?? 0);
    return { data, log: data ? entries : [], recovering: hasOld || (!data && entries.length > 0) };
  }

  append(entry: LogEntry, live: () => boolean): Promise<void> {
    return this.#log.append(entry, live);
  }

  get wantsCompaction(): boolean {
    return this.#compacting === undefined && this.#log.bytes > this.#compactAfter;
  }

  compact(take: () => TakenView): Promise<void> {
    this.#compacting ??= this.#compact(take).finally(() => {
      this.#compacting = undefined;
    });
    return this.#compacting;
  }

  async #compact(take: () => TakenView): Promise<void> {
    await this.#log.exclusive(() => this.#log.rotate());
    await this.#writeView(take);
    await this.#log.dropOld();
  }

  async replaceAll(take: () => TakenView): Promise<void> {
    await this.#compacting;
    await this.#log.exclusive(async () => {
      await this.#writeView(take);
      await this.#log.clear();
    });
  }

  /** Writes the view `take` gives now, letting go of it once written (or failed). */
  async #writeView(take: () => TakenView): Promise<void> {
    const taken = take();
    try {
      await writeStoreFile(this.location, taken.view);
    } finally {
      taken.release();
    }
  }

  async close(take: () => TakenView): Promise<void> {
    await this.#compacting;
    await this.#log.exclusive(async () => undefined);
    if (this.#log.bytes > 0) await this.replaceAll(take);
  }
}

/** Deletes the temporary files a full write killed mid-way left beside the store file. */
async function removeStaleTemporaries(file: string): Promise<void> {
  const prefix = `.${basename(file)}.`;
  const names = await readdir(dirname(file));
  for (const name of names)
    if (name.startsWith(prefix) && name.endsWith('.tmp'))
      await rm(join(dirname(file), name), { force: true });
}

/** Replaces whatever is stored at `file` with `data` (`facsimile reset`): the file, and no log. */
export async function writeFreshStore(file: string, data: StoreData): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeStoreFile(file, viewOf(data));
  await new ChangeLog(file).clear();
}

export function storeAt(file: string | null | undefined): StateStore {
  return file ? new FileStore(file) : new MemoryStore();
}
