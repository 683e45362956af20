import type { AnyApiDefinition } from './api.ts';
import type { ActiveState } from './provider-states.ts';
import { seedApi, seedStore, type SeedOptions, type SeedProgress } from './seeding.ts';
import type { Store, StoreData } from './store.ts';
import { withChangeSinks, type RowChange } from './table.ts';

/** A state the APIs can run against: the shared one, or a session's. */
export interface StateScope {
  /** The API's opened (indexed) state. */
  state(api: string): unknown;
  /**
   * Resolves once every change made so far is durable for this scope; `api`
   * names the API a request changed, whose table changes may then be logged.
   */
  commit(api?: string): Promise<void>;
}

/**
 * The live shared state of every API: the store's JSON data, opened into each
 * API's indexed tables once per data object, and the way back to disk.
 */
export class Runtime implements StateScope {
  readonly apis: readonly AnyApiDefinition[];
  readonly store: Store;
  readonly #opened = new WeakMap<object, unknown>();
  readonly #seeds = new Map<string, unknown>();
  /** The Pact provider state last set up, which recorded interactions are filed under. */
  activeState: ActiveState | undefined;

  private constructor(store: Store, apis: readonly AnyApiDefinition[]) {
    this.store = store;
    this.apis = apis;
  }

  /** Opens the store's state, seeding it (and any API it lacks) on first use. */
  static async start(
    store: Store,
    apis: readonly AnyApiDefinition[],
    seed: SeedOptions,
    onProgress?: SeedProgress,
  ): Promise<Runtime> {
    const runtime = new Runtime(store, apis);
    if (!store.data) await store.replace(seedStore(apis, seed, onProgress));
    else if (runtime.#seedMissing(store.data)) await store.persist();
    return runtime;
  }

  get data(): StoreData {
    const data = this.store.data;
    if (!data) throw new Error('the store is not open');
    return data;
  }

  definition(name: string): AnyApiDefinition {
    const api = this.apis.find((candidate) => candidate.name === name);
    if (!api) throw new Error(`unknown API "${name}"`);
    return api;
  }

  state(name: string): unknown {
    return this.open(name, this.data.apis[name] as object);
  }

  /** Wraps raw stored data of an API in its tables, once per data object. */
  open(name: string, raw: object): unknown {
    let state = this.#opened.get(raw);
    if (state === undefined) {
      const api = this.definition(name);
      const logged = this.#logsChanges(name) && this.data.apis[name] === raw;
      state = logged
        ? withChangeSinks(
            (rows) => this.#sinkFor(name, raw, rows),
            () => api.open(raw),
          )
        : api.open(raw);
      this.#opened.set(raw, state);
    }
    return state;
  }

  /** A full write, or only the logged row changes for an API whose changes all go through tables. */
  commit(api?: string): Promise<void> {
    return api !== undefined && this.#logsChanges(api)
      ? this.store.persistChanges()
      : this.store.persist();
  }

  #logsChanges(name: string): boolean {
    return this.store.logsChanges && this.definition(name).changesThroughTables === true;
  }

  /** Where a table over `rows` reports its changes: the store's log, under the array's key. */
  #sinkFor(name: string, raw: object, rows: unknown[]) {
    const table = Object.entries(raw).find(([, value]) => value === rows)?.[0];
    if (table === undefined)
      throw new Error(
        `${name}: a table over a nested array cannot be logged; do not set changesThroughTables`,
      );
    return (change: RowChange) => this.store.record(name, table, change);
  }

  /** A fresh copy of the API's seeded data (seeded once per process, with the store's seed). */
  seedOf(name: string): unknown {
    let seeded = this.#seeds.get(name);
    if (seeded === undefined) {
      seeded = seedApi(this.definition(name), this.data.meta);
      this.#seeds.set(name, seeded);
    }
    return structuredClone(seeded);
  }

  /** Puts one API (or all) back to its seeded state, with the store's seed. */
  async reset(name?: string): Promise<void> {
    for (const api of this.apis) {
      if (name === undefined || api.name === name) this.data.apis[api.name] = this.seedOf(api.name);
    }
    await this.commit();
  }

  /** Makes the whole shared state `data` (a snapshot), seeding any API it lacks. */
  async restore(data: StoreData): Promise<void> {
    const copy = structuredClone(data);
    copy.meta = this.data.meta;
    this.#seedMissing(copy);
    await this.store.replace(copy);
  }

  /** Seeds the APIs `data` lacks; says whether there were any. */
  #seedMissing(data: StoreData): boolean {
    const missing = this.apis.filter((api) => !(api.name in data.apis));
    for (const api of missing) data.apis[api.name] = this.seedOf(api.name);
    return missing.length > 0;
  }
}
