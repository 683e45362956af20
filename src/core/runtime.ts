import type { AnyApiDefinition } from './api.ts';
import type { StateAccess } from './api-app.ts';
import type { ActiveState } from './provider-states.ts';
import { seedApi, seedStore, type SeedOptions } from './seeding.ts';
import type { Store, StoreData } from './store.ts';

/**
 * The live state of every API: the store's JSON data, opened into each API's
 * indexed tables once per data object, and the way back to disk.
 */
export class Runtime implements StateAccess {
  readonly apis: readonly AnyApiDefinition[];
  readonly store: Store;
  readonly #opened = new WeakMap<object, unknown>();
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
  ): Promise<Runtime> {
    const runtime = new Runtime(store, apis);
    const data = store.data;
    if (!data) {
      await store.replace(seedStore(apis, seed));
    } else {
      const missing = apis.filter((api) => !(api.name in data.apis));
      for (const api of missing) data.apis[api.name] = seedApi(api, data.meta);
      if (missing.length > 0) await store.persist();
    }
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
    const raw = this.data.apis[name] as object;
    let state = this.#opened.get(raw);
    if (state === undefined) {
      state = this.definition(name).open(raw);
      this.#opened.set(raw, state);
    }
    return state;
  }

  commit(): Promise<void> {
    return this.store.persist();
  }

  /** Puts one API (or all) back to its seeded state, with the store's seed. */
  async reset(name?: string): Promise<void> {
    const seed = this.data.meta;
    for (const api of this.apis) {
      if (name === undefined || api.name === name) this.data.apis[api.name] = seedApi(api, seed);
    }
    await this.commit();
  }
}
