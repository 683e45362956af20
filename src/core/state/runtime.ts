import type { AnyApiDefinition } from '../api/definition.ts';
import type { LogEntry } from './file/change-log.ts';
import { saveStoreImage } from './file/store-image.ts';
import { assertSeedFits } from './heap-ceiling.ts';
import { documentOf, openData, overlayOf, type OpenedApi } from './opened.ts';
import { Scope } from './scope.ts';
import {
  seedApi,
  seedStore,
  unseededStore,
  type SeedOptions,
  type SeedProgress,
} from './seeding.ts';
import { SharedWrites } from './shared.ts';
import type { StoreData, StoreMeta, StoreView } from './file/store-file.ts';
import { AppendConflict, type StateStore, type TakenView } from './store.ts';
import { StoreWriteFailed } from './store-write-failed.ts';
import type { Frozen } from './tables/table.ts';
import type { Transaction } from './transaction.ts';

/** A change committed in memory whose write is pending: undone if that write fails. */
interface Pending {
  cancelled: boolean;
  undo(): void;
}

/**
 * The live shared state of every API: opened from the store into tables at
 * start, changed only through transactions, each logged in commit order.
 */
export class Runtime extends Scope {
  readonly apis: readonly AnyApiDefinition[];
  readonly store: StateStore;
  readonly meta: StoreMeta;
  /** The Pact provider state last set up, which recorded interactions are filed under. */
  activeState: { api: string; name: string; params: Record<string, string> } | undefined;
  readonly #seeds = new Map<string, OpenedApi>();
  /** Committed in memory, not yet durable, in commit order. */
  readonly #inflight: Pending[] = [];
  #seq = 0;
  /** The last write still pending, if any. */
  #lastWrite: Promise<void> | undefined;
  /** With a store several processes share: how this one's writes take their place. */
  readonly shared: SharedWrites | undefined;

  private constructor(store: StateStore, apis: readonly AnyApiDefinition[], meta: StoreMeta) {
    super();
    this.store = store;
    this.apis = apis;
    this.meta = meta;
    this.shared =
      store.shared &&
      new SharedWrites(store, store.shared, {
        meta,
        seq: () => this.#seq,
        setSeq: (seq) => (this.#seq = seq),
        reopen: (data) => this.#reopen(data),
        replay: (entry) => this.#replay(entry),
        resetApi: (api) => this.setOpened(api, this.#freshFromSeed(api)),
        rederive: (api) => {
          if (!this.apis.some((served) => served.name === api)) return;
          const opened = this.opened(api);
          opened.state = this.definition(api).open(
            Object.fromEntries(opened.tables),
            opened.settings,
          );
        },
      });
  }

  /** Opens the stored state (seeding it, and any API it lacks, on first use) and replays its log. */
  static async start(
    store: StateStore,
    apis: readonly AnyApiDefinition[],
    seed: SeedOptions,
    onProgress?: SeedProgress,
  ): Promise<Runtime> {
    // Processes sharing a store start one at a time: the first seeds it, the others load that.
    return store.shared
      ? store.shared.starting(() => Runtime.#start(store, apis, seed, onProgress))
      : Runtime.#start(store, apis, seed, onProgress);
  }

  static async #start(
    store: StateStore,
    apis: readonly AnyApiDefinition[],
    seed: SeedOptions,
    onProgress?: SeedProgress,
  ): Promise<Runtime> {
    await store.acquire?.();
    try {
      const loaded = await store.load();
      // Kept in memory with nobody watching the seeding (a test suite's stub), each API is
      // seeded when first used: a run pays for the faker data of the APIs it calls only.
      const lazily = !loaded.data && store.location === null && !onProgress;
      const data =
        loaded.data ?? (lazily ? unseededStore(seed) : seedStore(apis, seed, onProgress));
      const runtime = Runtime.#opening(store, apis, data, loaded.log);
      if (!loaded.data && !lazily) runtime.#keepAsSeeds(data);
      const missing = apis.some((api) => !(api.name in data.apis));
      if (!loaded.data || missing || loaded.recovering)
        await store
          .replaceAll(() => runtime.takeView())
          .catch((error: NodeJS.ErrnoException) => {
            throw new Error(
              `could not write ${store.location} (${error.code ?? error.message}), which this start must do to fold in its change log or seed it`,
            );
          });
      else if (loaded.data)
        await saveStoreImage(loaded.data, (api, table, rows) =>
          runtime.opened(api).tables.get(table)?.imageOf(rows),
        ).catch(() => undefined);
      await runtime.shared?.load();
      // A log a stop left long (or a compaction it gave up) is folded in beside the first requests.
      runtime.#compactIfDue();
      return runtime;
    } catch (error) {
      await store.release?.();
      throw error;
    }
  }

  /** What a restart would load from `store`, without writing anything (for checks and tests). */
  static async peek(
    store: StateStore,
    apis: readonly AnyApiDefinition[],
  ): Promise<StoreData | null> {
    const loaded = await store.load();
    if (!loaded.data) return null;
    const runtime = Runtime.#opening(store, apis, loaded.data, loaded.log);
    const data: StoreData = { meta: runtime.meta, apis: {} };
    for (const api of apis) data.apis[api.name] = runtime.dataOf(api.name);
    return data;
  }

  static #opening(
    store: StateStore,
    apis: readonly AnyApiDefinition[],
    data: StoreData,
    log: LogEntry[],
  ): Runtime {
    const meta = { ...data.meta };
    delete meta.logSeq;
    const runtime = new Runtime(store, apis, meta);
    runtime.#reopen(data);
    for (const entry of log) runtime.#replay(entry);
    return runtime;
  }

  /** Every API as `data` holds it (one it lacks opens from the seed when first used). */
  #reopen(data: StoreData): void {
    this.#seq = data.meta.logSeq ?? 0;
    for (const api of this.apis) {
      const raw = data.apis[api.name];
      this.setOpened(api.name, raw === undefined ? undefined : openData(api, raw, this.listener));
    }
  }

  get location(): string | null {
    return this.store.location;
  }

  /** The last change-log entry this process has applied. */
  get appliedSeq(): number {
    return this.#seq;
  }

  override transact<T>(api: string, change: (state: unknown) => T): Promise<Awaited<T>> {
    if (!this.shared) return super.transact(api, change);
    return this.shared.claiming(() => super.transact(api, change));
  }

  /** Before a request reads the state: with a shared store, what the others committed is applied. */
  sync(): Promise<void> {
    return this.shared ? this.shared.sync() : Promise.resolve();
  }

  definition(name: string): AnyApiDefinition {
    const api = this.apis.find((candidate) => candidate.name === name);
    if (!api) throw new Error(`unknown API "${name}"`);
    return api;
  }

  protected openApi(name: string): OpenedApi {
    return this.#freshFromSeed(name);
  }

  /** The API's document as it stands (for the admin state view and checks). */
  dataOf(name: string): unknown {
    return documentOf(this.opened(name));
  }

  /** The seeded data of an API, opened read-only once per process: what sessions and resets start from. */
  seedOf(name: string): OpenedApi {
    let seeded = this.#seeds.get(name);
    if (!seeded) {
      const api = this.definition(name);
      assertSeedFits(name, this.meta.users);
      seeded = openData(api, deepFreeze(seedApi(api, this.meta)), undefined);
      this.#seeds.set(name, seeded);
    }
    return seeded;
  }

  /**
   * Puts one API (or all) back to its seeded state; resolves once that is
   * durable. If it cannot be stored, nothing changed (`StoreWriteFailed`).
   */
  async reset(name?: string): Promise<void> {
    const names = name === undefined ? this.apis.map((api) => api.name) : [name];
    if (this.shared) return this.shared.reset(names);
    // Every seed first: one the heap cannot take leaves every API as it was.
    for (const api of names) this.seedOf(api);
    await Promise.all(
      names.map((api) => {
        const undo = this.#replacing([api]);
        this.setOpened(api, this.#freshFromSeed(api));
        return this.#durably(undo, { seq: ++this.#seq, api, reset: true }, 'the reset');
      }),
    );
  }

  /**
   * Makes the whole shared state that of `data` (a snapshot), seeding any API
   * it lacks. If it cannot be stored, nothing changed (`StoreWriteFailed`),
   * and changes made meanwhile on the restored state are refused too.
   */
  async restore(data: StoreData): Promise<void> {
    if (this.shared) return this.shared.restore(data);
    const change = this.#replacing(this.apis.map((api) => api.name));
    for (const api of this.apis) {
      const raw = data.apis[api.name];
      this.setOpened(
        api.name,
        raw === undefined ? this.#freshFromSeed(api.name) : openData(api, raw, this.listener),
      );
    }
    this.#seq += 1;
    this.#inflight.push(change);
    try {
      await this.store.replaceAll(() => {
        if (change.cancelled) throw new Error('an earlier change could not be stored');
        return this.takeView();
      });
    } catch (error) {
      this.#undoFrom(change);
      throw new StoreWriteFailed(error, 'the restore');
    } finally {
      this.#inflight.splice(this.#inflight.indexOf(change), 1);
    }
  }

  /** A change that replaces these APIs' tables, undone by putting the current ones back. */
  #replacing(names: string[]): Pending {
    const before = new Map(names.map((name) => [name, this.opened(name)]));
    return {
      cancelled: false,
      undo: () => {
        for (const [name, opened] of before) this.setOpened(name, opened);
      },
    };
  }

  /**
   * A point-in-time view of every API for a full write: later changes do not
   * reach it. Freezing a table lists its keys, about 5 ms per 100,000 rows,
   * so `tableByTable` leaves each table's freeze as a step of its own (in
   * `steps`) for a compaction to run between appends. Its tables then stand
   * at later points than `meta.logSeq`; the log entries after that point
   * replay onto them all the same, each setting whole rows by key.
   */
  takeView(tableByTable = false): TakenView {
    const frozen: Frozen<unknown>[] = [];
    const steps: (() => void)[] = [];
    const apis: [
      string,
      { settings: Record<string, unknown>; tables: [string, Iterable<unknown>][] },
    ][] = [];
    for (const [name, opened] of this.openedApis()) {
      const tables: [string, Iterable<unknown>][] = [];
      for (const [tableName, table] of opened.tables) {
        let rows: Frozen<unknown> | undefined;
        const freeze = () => {
          rows = table.freeze();
          frozen.push(rows);
        };
        if (tableByTable) steps.push(freeze);
        else freeze();
        const frozenRows = () => {
          if (!rows) throw new Error(`${name}.${tableName} was read before it was frozen`);
          return rows.rows();
        };
        tables.push([tableName, { [Symbol.iterator]: frozenRows }]);
      }
      apis.push([name, { settings: opened.settings, tables }]);
    }
    const view: StoreView = { meta: { ...this.meta, logSeq: this.#seq }, apis };
    const release = () => frozen.splice(0).forEach((rows) => rows.release());
    return { view, release, ...(tableByTable ? { steps } : {}) };
  }

  /** Before the process stops: every change on disk, and the store let go. */
  async close(): Promise<void> {
    await this.store.close(() => this.takeView());
  }

  protected override settled(): Promise<void> {
    // An answer read from changes that then failed to be stored fails too: it saw what never was.
    return (this.#lastWrite ?? Promise.resolve()).catch((error: unknown) => {
      throw new StoreWriteFailed(error, 'a change this answer depends on');
    });
  }

  protected durable(transaction: Transaction): Promise<void> {
    transaction.seq = ++this.#seq;
    const entry = { seq: transaction.seq, api: transaction.api, rows: transaction.logged() };
    return this.#durably(transaction, entry, 'the change');
  }

  /** Logs the entry of a change committed in memory; undoes it (and all after it) if that fails. */
  async #durably(change: Pending, entry: LogEntry, what: string): Promise<void> {
    this.#inflight.push(change);
    const written = this.store.append(entry, () => !change.cancelled);
    this.#lastWrite = written;
    const forget = () => {
      if (this.#lastWrite === written) this.#lastWrite = undefined;
    };
    written.then(forget, forget);
    try {
      await written;
    } catch (error) {
      this.#undoFrom(change);
      // Shared store: the number was not (surely) ours; the next catch-up reads it back.
      if (this.shared) this.#seq = entry.seq - 1;
      if (error instanceof AppendConflict) throw error;
      throw new StoreWriteFailed(error, what);
    } finally {
      this.#inflight.splice(this.#inflight.indexOf(change), 1);
    }
    if (change.cancelled) throw new StoreWriteFailed(new Error('an earlier change failed'), what);
    this.#compactIfDue();
  }

  #compactIfDue(): void {
    if (this.store.wantsCompaction)
      void this.store.compact((tableByTable) => this.takeView(tableByTable)).catch(() => {});
  }

  /** Undoes a change whose write failed, and every later one not yet written (they built on it). */
  #undoFrom(failed: Pending): void {
    const from = this.#inflight.indexOf(failed);
    for (let at = this.#inflight.length - 1; at >= from; at -= 1) {
      const transaction = this.#inflight[at];
      if (!transaction || transaction.cancelled) continue;
      transaction.cancelled = true;
      transaction.undo();
    }
  }

  #replay(entry: LogEntry): void {
    this.#seq = entry.seq;
    if (!this.apis.some((api) => api.name === entry.api)) return;
    if ('reset' in entry) {
      this.setOpened(entry.api, this.#freshFromSeed(entry.api));
      return;
    }
    const opened = this.opened(entry.api);
    for (const change of entry.rows)
      opened.tables.get(change.table)?.restore(change.key, change.row);
  }

  /** A store seeded just now is also the seed sessions and resets start from: seeded once, not twice. */
  #keepAsSeeds(data: StoreData): void {
    for (const api of this.apis)
      this.#seeds.set(api.name, openData(api, deepFreeze(data.apis[api.name]), undefined));
  }

  /** The API's seed as the shared state's own tables (rows are shared with the seed: never edited in place). */
  #freshFromSeed(name: string): OpenedApi {
    const seeded = this.seedOf(name);
    const api = this.definition(name);
    const document = documentOf(seeded);
    return openData(api, document, this.listener);
  }

  /** A session's tables over `base`. */
  overlay(name: string, base: OpenedApi, listener: Parameters<typeof overlayOf>[2]): OpenedApi {
    return overlayOf(this.definition(name), base, listener);
  }
}

/** Freezes a seeded document deeply: rows are shared by every reset and session, so none may be edited. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const child of Object.values(item)) stack.push(child);
  }
  return value;
}
