import type { OpenedApi } from './opened.ts';
import { Scope } from './scope.ts';
import type { ChangeListener } from './table.ts';
import type { Transaction } from './transaction.ts';

export const SESSION_HEADER = 'x-facsimile-session';
export const SESSION_ID = /^[A-Za-z0-9._:-]{1,128}$/;
export const DEFAULT_SESSION_IDLE_SECONDS = 30 * 60;
/** Each session keeps what it changed: the bound keeps a runaway client from exhausting memory. */
export const DEFAULT_MAX_SESSIONS = 1000;
/** What all sessions together may hold of changed rows (their JSON size). */
export const DEFAULT_MAX_SESSION_MEGABYTES = 256;

/** Where a session's data comes from: the seed, or a snapshot. */
export interface SessionSource {
  from: string;
  /** The API's data the session starts from, opened read-only (shared by every session). */
  base(api: string): OpenedApi;
}

interface SessionHost {
  /** A session's tables over `base`, reporting to `listener`. */
  overlay(api: string, base: OpenedApi, listener: ChangeListener): OpenedApi;
  /** The source of a session that starts by itself: the seed. */
  seed: SessionSource;
  /** With a store several processes share: how a session's changes take their place in its log. */
  shared?: {
    claiming<T>(attempt: () => Promise<T>): Promise<T>;
    commit(session: string, transaction: Transaction): Promise<void>;
  };
}

/** The room left for sessions' changes, shared by all of them. */
class Budget {
  readonly max: number;
  used = 0;
  constructor(max: number) {
    this.max = max;
  }
}

/**
 * One isolated state, selected by `X-Facsimile-Session`. Its tables sit over
 * its source's and hold only the rows it changed, so a session costs what it
 * changed, and nothing it does reaches the shared state or another session.
 * Kept in memory only.
 */
export class Session extends Scope {
  readonly id: string;
  readonly source: SessionSource;
  readonly createdAt = new Date();
  lastUsedAt = new Date();
  requests = 0;
  /** What the rows this session holds take (their JSON size in bytes; a removed row, its key's). */
  bytes = 0;
  readonly #host: SessionHost;
  readonly #budget: Budget;
  /** Bytes each changed row holds, per API, by table and key: a row changed again replaces its size. */
  readonly #held = new Map<string, Map<string, number>>();

  constructor(id: string, source: SessionSource, host: SessionHost, budget: Budget) {
    super();
    this.id = id;
    this.source = source;
    this.#host = host;
    this.#budget = budget;
  }

  protected openApi(api: string): OpenedApi {
    return this.#host.overlay(api, this.source.base(api), this.listener);
  }

  protected async durable(transaction: Transaction): Promise<void> {
    let held = this.#held.get(transaction.api);
    if (!held) this.#held.set(transaction.api, (held = new Map()));
    const sizes = new Map<string, number>();
    for (const change of transaction.changes)
      sizes.set(`${change.table.name}\u0000${change.key}`, sizeOf(change.key, change.after));
    let added = 0;
    for (const [id, size] of sizes) added += size - (held.get(id) ?? 0);
    if (added > 0 && this.#budget.used + added > this.#budget.max) {
      transaction.undo();
      throw new SessionMemoryFull(this.#budget.max);
    }
    // Shared store: logged for the other processes first, undone if that fails.
    await this.#host.shared?.commit(this.id, transaction).catch((error: unknown) => {
      transaction.undo();
      throw error;
    });
    for (const [id, size] of sizes) held.set(id, size);
    this.#take(added);
  }

  override transact<T>(api: string, change: (state: unknown) => T): Promise<Awaited<T>> {
    const shared = this.#host.shared;
    return shared
      ? shared.claiming(() => super.transact(api, change))
      : super.transact(api, change);
  }

  /** Back to the session's source, for one API or all, giving back what its rows held. */
  reset(api?: string): void {
    for (const [name] of [...this.openedApis()])
      if (api === undefined || api === name) this.setOpened(name, undefined);
    if (api === undefined) return this.release();
    let freed = 0;
    for (const size of this.#held.get(api)?.values() ?? []) freed += size;
    this.#held.delete(api);
    this.#take(-freed);
  }

  /** Gives back what the session's changes held. */
  release(): void {
    this.#take(-this.bytes);
    this.#held.clear();
  }

  #take(bytes: number): void {
    this.bytes += bytes;
    this.#budget.used += bytes;
  }

  touch(now: Date): void {
    this.lastUsedAt = now;
    this.requests += 1;
  }
}

/** What a changed row takes in a session: its JSON's bytes, or its key's for a removed one. */
function sizeOf(key: string, row: unknown): number {
  return Buffer.byteLength(row === undefined ? key : JSON.stringify(row));
}

export class Sessions {
  readonly idleMs: number;
  readonly max: number;
  readonly #sessions = new Map<string, Session>();
  readonly #host: SessionHost;
  readonly #budget: Budget;

  constructor(
    host: SessionHost,
    idleSeconds = DEFAULT_SESSION_IDLE_SECONDS,
    max = DEFAULT_MAX_SESSIONS,
    maxMegabytes = DEFAULT_MAX_SESSION_MEGABYTES,
  ) {
    this.#host = host;
    this.#budget = new Budget(maxMegabytes * 1024 * 1024);
    this.idleMs = idleSeconds * 1000;
    this.max = max;
  }

  /** The live session with this id, started from the seed when it is new or expired. */
  use(id: string, now = new Date()): Session {
    const session = this.get(id, now) ?? this.create(id, this.#host.seed);
    session.touch(now);
    return session;
  }

  /** The live session with this id; one idle too long is dropped here (others when one is created or listed). */
  get(id: string, now = new Date()): Session | undefined {
    const session = this.#sessions.get(id);
    if (session && this.#expired(session, now)) {
      this.delete(id);
      return undefined;
    }
    return session;
  }

  /** Starts a session; past `max` live sessions, refuses rather than evict one a job still uses. */
  create(id: string, source: SessionSource = this.#host.seed): Session {
    this.sweep();
    if (this.#sessions.size >= this.max) throw new TooManySessions(this.max);
    const session = new Session(id, source, this.#host, this.#budget);
    this.#sessions.set(id, session);
    return session;
  }

  delete(id: string): boolean {
    this.#sessions.get(id)?.release();
    return this.#sessions.delete(id);
  }

  list(): Session[] {
    this.sweep();
    return [...this.#sessions.values()];
  }

  get size(): number {
    return this.#sessions.size;
  }

  expiresAt(session: Session): Date {
    return new Date(session.lastUsedAt.getTime() + this.idleMs);
  }

  /** Drops the sessions idle for longer than the idle time. */
  sweep(now = new Date()): void {
    for (const [id, session] of this.#sessions) {
      if (this.#expired(session, now)) this.delete(id);
    }
  }

  #expired(session: Session, now: Date): boolean {
    return now.getTime() - session.lastUsedAt.getTime() > this.idleMs;
  }
}

export class TooManySessions extends Error {
  constructor(max: number) {
    super(
      `facsimile holds ${max} live sessions already: end some (DELETE /__facsimile/sessions/ID), let them expire, or raise maxSessions`,
    );
    this.name = 'TooManySessions';
  }
}

export class SessionMemoryFull extends Error {
  constructor(max: number) {
    super(
      `facsimile's sessions hold ${Math.round(max / 1024 / 1024)} MB of changes already: end some sessions (DELETE /__facsimile/sessions/ID) or raise maxSessionMegabytes`,
    );
    this.name = 'SessionMemoryFull';
  }
}
