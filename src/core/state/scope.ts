import type { OpenedApi } from './opened.ts';
import type { ChangeListener } from './tables/table.ts';
import { Transaction } from './transaction.ts';

/** A state the APIs run against: the shared one, or a session's. */
export interface StateScope {
  /** The API's opened state (its tables and settings, as the API's `open` shaped them). */
  state(api: string): unknown;
  /**
   * Runs `change` on the API's state as one transaction: undone whole if it
   * throws or cannot be stored, and resolved once it is durable. Every table
   * change must happen before `change`'s first `await`.
   */
  transact<T>(api: string, change: (state: unknown) => T): Promise<Awaited<T>>;
}

/**
 * What every scope shares: its APIs opened on first use, and the one
 * transaction open at a time (tables report each change to it, so it can be
 * undone or logged).
 */
export abstract class Scope implements StateScope {
  readonly #opened = new Map<string, OpenedApi>();
  #open: Transaction | undefined;

  protected readonly listener: ChangeListener = (change) => {
    if (!this.#open) throw new Error(`table ${change.table.name} changed outside a transaction`);
    this.#open.record(change);
  };

  state(api: string): unknown {
    return this.opened(api).state;
  }

  opened(api: string): OpenedApi {
    let opened = this.#opened.get(api);
    if (!opened) {
      opened = this.openApi(api);
      this.#opened.set(api, opened);
    }
    return opened;
  }

  /** The APIs opened so far. */
  protected openedApis(): IterableIterator<[string, OpenedApi]> {
    return this.#opened.entries();
  }

  protected setOpened(api: string, opened: OpenedApi | undefined): void {
    if (opened) this.#opened.set(api, opened);
    else this.#opened.delete(api);
  }

  protected abstract openApi(api: string): OpenedApi;

  /** Makes a committed transaction durable; on failure it must be undone and the error thrown. */
  protected abstract durable(transaction: Transaction): Promise<void>;

  /** Resolves once every transaction committed so far is durable (or has failed). */
  protected settled(): Promise<void> {
    return Promise.resolve();
  }

  async transact<T>(api: string, change: (state: unknown) => T): Promise<Awaited<T>> {
    const state = this.state(api);
    if (this.#open) throw new Error('a transaction is open already: transactions do not nest');
    const transaction = new Transaction(api);
    this.#open = transaction;
    let result: T;
    try {
      result = change(state);
    } catch (error) {
      transaction.undo();
      this.#open = undefined;
      // An answer read from changes not yet durable waits for them, as a change would.
      await this.settled();
      throw error;
    }
    this.#open = undefined;
    if (transaction.changes.length > 0) await this.durable(transaction);
    else await this.settled();
    return await result;
  }
}
