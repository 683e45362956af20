import type { LogEntry } from './file/change-log.ts';
import { viewOf, type StoreData, type StoreMeta } from './file/store-file.ts';
import { StoreUnreachable } from './store-unreachable.ts';
import { StoreWriteFailed } from './store-write-failed.ts';
import {
  AppendConflict,
  type SessionEntry,
  type SharedChanges,
  type SharedStore,
  type StateStore,
} from './store.ts';
import { Turns } from './turns.ts';

/** A change that meets this many conflicts in a row gives up (the store is that busy). */
const MAX_CONFLICTS = 100;

/** What the runtime lets the shared writes see and do of it. */
export interface SharedHost {
  readonly meta: StoreMeta;
  /** The last change-log entry applied here. */
  seq(): number;
  setSeq(seq: number): void;
  /** Every API as `data` holds it (`seq` follows its `logSeq`). */
  reopen(data: StoreData): void;
  /** Applies one entry another process committed (`seq` follows). */
  replay(entry: LogEntry): void;
  /** Puts an API back to its seed. */
  resetApi(api: string): void;
  /** Derives an API's state from its tables again, after rows changed under it. */
  rederive(api: string): void;
}

type Watcher = (value: unknown) => void;
type SessionSink = (entries: SessionEntry[]) => Promise<void>;

/**
 * A runtime's writes to a store several processes share: each change runs on
 * memory caught up with the others' and claims the next sequence number;
 * losing it to another process means catch up and run the change again.
 * Catch-ups and changes take turns, so a catch-up never lands under a change
 * that might still be undone. Shared values (fault rules) ride the same order.
 */
export class SharedWrites {
  readonly #log: StateStore;
  readonly #store: SharedStore;
  readonly #host: SharedHost;
  readonly #turns: Turns;
  readonly #watchers = new Map<string, Watcher>();
  readonly #values = new Map<string, unknown>();
  #sessions: SessionSink | undefined;

  constructor(log: StateStore, store: SharedStore, host: SharedHost) {
    this.#log = log;
    this.#store = store;
    this.#host = host;
    // A request waits for its turn no longer than for the store itself.
    this.#turns = new Turns(store.timeoutMs);
  }

  /** Puts these APIs back to their seed on every process, each reset in its place in the order. */
  async reset(names: string[]): Promise<void> {
    for (const api of names)
      await this.appendNext(
        (seq) => this.#log.append({ seq, api, reset: true }, () => true),
        () => this.#host.resetApi(api),
      );
  }

  /** Makes the state that of `data` on every process: written first, applied once its number is claimed. */
  restore(data: StoreData): Promise<void> {
    const meta = (seq: number) => ({ ...this.#host.meta, logSeq: seq });
    let claimed = 0;
    return this.appendNext(
      (seq) => {
        claimed = seq;
        const view = { ...viewOf(data), meta: meta(seq) };
        return this.#log.replaceAll(() => ({ view, release: () => undefined }));
      },
      () => this.#host.reopen({ meta: meta(claimed), apis: data.apis }),
    );
  }

  /** Before a request reads: what other processes committed is applied first. */
  sync(): Promise<void> {
    return this.#turns.joined(() => this.#catchUp());
  }

  /**
   * Runs `attempt` in a turn of its own, and again on caught-up memory after each conflict.
   * The first run needs no catch-up of its own: every request caught up when it arrived, and
   * claiming the next number proves nothing was committed since (one round trip, not two).
   */
  claiming<T>(attempt: () => Promise<T>): Promise<T> {
    return this.#turns.run(async () => {
      for (let conflicts = 0; ; conflicts += 1) {
        if (conflicts > 0) await this.#catchUp();
        try {
          return await attempt();
        } catch (error) {
          if (!(error instanceof AppendConflict)) throw error;
          if (conflicts >= MAX_CONFLICTS) throw new StoreWriteFailed(error);
        }
      }
    });
  }

  /** Claims the next sequence number with `write`, then applies the change here. */
  appendNext(write: (seq: number) => Promise<void>, apply: () => void): Promise<void> {
    return this.claiming(async () => {
      const seq = this.#host.seq() + 1;
      try {
        await write(seq);
      } catch (error) {
        if (error instanceof AppendConflict) throw error;
        throw new StoreWriteFailed(error);
      }
      this.#host.setSeq(seq);
      apply();
    });
  }

  /** Tells `watcher` the value of `name` now (if set) and each time any process changes it. */
  watch(name: string, watcher: Watcher): void {
    this.#watchers.set(name, watcher);
    if (this.#values.has(name)) watcher(this.#values.get(name));
  }

  /** Sets `name` for every process to what `next` makes of the caught-up state. */
  publish(name: string, next: () => unknown): Promise<void> {
    let value: unknown;
    return this.appendNext(
      (seq) => {
        value = next();
        return this.#store.publish(seq, name, value);
      },
      () => this.#set(name, value),
    );
  }

  /** Told the sessions' entries other processes committed, in order, as this process catches up. */
  watchSessions(sink: SessionSink): void {
    this.#sessions = sink;
  }

  /** Inside `claiming`: claims the next sequence number for a session's change. */
  async commitSession(entry: (seq: number) => SessionEntry): Promise<void> {
    const seq = this.#host.seq() + 1;
    try {
      await this.#store.appendSession(entry(seq));
    } catch (error) {
      if (error instanceof AppendConflict) throw error;
      throw new StoreWriteFailed(error);
    }
    this.#host.setSeq(seq);
  }

  /** A session's start, reset or end: claimed, then applied here. */
  appendSession(entry: (seq: number) => SessionEntry, apply: () => void): Promise<void> {
    return this.appendNext((seq) => this.#store.appendSession(entry(seq)), apply);
  }

  /** Runs `load` on a session's entries so far, in a turn of its own (no catch-up lands between). */
  loadSession(session: string, load: (history: SessionEntry[]) => Promise<void>): Promise<void> {
    return this.#turns.run(async () => {
      await this.#catchUp();
      let history: SessionEntry[];
      try {
        history = await this.#store.sessionHistory(session, this.#host.seq());
      } catch (error) {
        throw new StoreUnreachable(error);
      }
      await load(history);
    });
  }

  /** The values stored when this process started. */
  async load(): Promise<void> {
    for (const [name, value] of await this.#store.values()) this.#set(name, value);
  }

  #set(name: string, value: unknown): void {
    this.#values.set(name, value);
    this.#watchers.get(name)?.(value);
  }

  #apply(changes: SharedChanges): void {
    if (changes.data) this.#host.reopen(changes.data);
    const touched = new Set<string>();
    for (const entry of changes.log) {
      this.#host.replay(entry);
      if ('rows' in entry) touched.add(entry.api);
    }
    this.#host.setSeq(Math.max(this.#host.seq(), changes.head));
    // An API's state may keep what it derived from its rows (ComputeStacks' last user id).
    for (const api of touched) this.#host.rederive(api);
  }

  async #catchUp(): Promise<void> {
    let changes: SharedChanges;
    try {
      changes = await this.#store.since(this.#host.seq());
    } catch (error) {
      throw new StoreUnreachable(error);
    }
    this.#apply(changes);
    for (const [name, value] of changes.values) this.#set(name, value);
    if (changes.sessions.length > 0) await this.#sessions?.(changes.sessions);
  }
}
