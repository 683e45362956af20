import type { LogEntry } from './file/change-log.ts';
import type { SnapshotShelf } from './snapshots.ts';
import type { LoggedRow } from './transaction.ts';
import type { StoreData, TakenView } from './file/store-file.ts';

export type { TakenView };

/**
 * Where the shared state is kept between runs. The runtime holds the live
 * state in memory and hands the store each committed transaction in order;
 * a store makes it durable. A second backend implements this interface.
 */
export interface StateStore {
  /** The file (or other place) shown to users; `null` for memory only. */
  readonly location: string | null;
  /**
   * Takes the store for this process alone (before `load`), refusing when
   * another holds it; `close` lets go. Absent where the backend needs none.
   */
  acquire?(): Promise<void>;
  /** Lets go of what `acquire` took, without writing (a start that failed). */
  release?(): Promise<void>;
  /** The stored document and the log entries newer than it, in order. */
  load(): Promise<{ data: StoreData | null; log: LogEntry[]; recovering: boolean }>;
  /** Resolves once `entry` is durable; an entry no longer `live` when written is left out. */
  append(entry: LogEntry, live: () => boolean): Promise<void>;
  /** Whether enough has been logged that a compaction is due. */
  readonly wantsCompaction: boolean;
  /**
   * Writes the whole state, folding the log in, while appends go on. A store
   * that can freeze the view's tables one at a time between appends asks
   * `take(true)` for them as `steps` (see `Runtime.takeView`).
   */
  compact(take: (tableByTable?: boolean) => TakenView): Promise<void>;
  /** Writes the whole state with appends held back until it is on disk (a restore). */
  replaceAll(take: () => TakenView): Promise<void>;
  /** On a clean stop: every change durable and the store let go (the file store says when it folds its log in). */
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
  /** How long a request waits on the store (its own query, or its turn behind others'). */
  readonly timeoutMs?: number;
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
