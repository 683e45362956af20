import type { OpenedApi } from './opened.ts';
import { Scope } from './scope.ts';
import type { ChangeListener } from './tables/table.ts';
import type { Transaction } from './transaction.ts';
import {
  DEFAULT_MAX_SESSION_MEGABYTES,
  DEFAULT_MAX_SESSIONS,
  DEFAULT_SESSION_IDLE_SECONDS,
} from '../defaults.ts';

export const SESSION_HEADER = 'x-facsimile-session';
export const SESSION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export { DEFAULT_MAX_SESSION_MEGABYTES, DEFAULT_MAX_SESSIONS, DEFAULT_SESSION_IDLE_SECONDS };
/** The share of the session slots one web page's origin may hold, so one page cannot take them all. */
export const ORIGIN_SHARE = 0.1;
/**
 * When no slot is free, a session idle for a tenth of the idle time, at most
 * a minute, ends to make room (else only after the idle time).
 */
export const PRESSURE_IDLE_SECONDS = 60;

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
  /** The `Origin` of the web page that started it; none for other clients. */
  origin: string | undefined;
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
  /** How many live sessions the pages of one origin may hold. */
  readonly maxPerOrigin: number;
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
    this.maxPerOrigin = Math.max(1, Math.ceil(max * ORIGIN_SHARE));
  }

  /** The live session with this id, started from the seed when it is new or expired. */
  use(id: string, now = new Date(), origin?: string): Session {
    const session = this.get(id, now) ?? this.create(id, this.#host.seed, origin);
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

  /**
   * Starts a session. Past `max` live sessions (or a web page's origin past
   * its share), ends the longest idle one if it has been idle long enough
   * under pressure, else refuses rather than evict one a job still uses.
   */
  create(id: string, source: SessionSource = this.#host.seed, origin?: string): Session {
    this.sweep();
    if (origin !== undefined) {
      const own = [...this.#sessions.values()].filter((session) => session.origin === origin);
      if (own.length >= this.maxPerOrigin && !this.#endIdlest(own))
        throw new TooManySessions(this.maxPerOrigin, origin);
    }
    if (this.#sessions.size >= this.max && !this.#endIdlest(this.#sessions.values()))
      throw new TooManySessions(this.max);
    const session = new Session(id, source, this.#host, this.#budget);
    session.origin = origin;
    this.#sessions.set(id, session);
    return session;
  }

  #endIdlest(sessions: Iterable<Session>, now = Date.now()): boolean {
    let idlest: Session | undefined;
    for (const session of sessions)
      if (!idlest || session.lastUsedAt < idlest.lastUsedAt) idlest = session;
    const idleEnough = Math.min(PRESSURE_IDLE_SECONDS * 1000, this.idleMs / 10);
    if (!idlest || now - idlest.lastUsedAt.getTime() < idleEnough) return false;
    return this.delete(idlest.id);
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
  constructor(max: number, origin?: string) {
    super(
      origin === undefined
        ? `facsimile holds ${max} live sessions already: end some (DELETE /__facsimile/sessions/ID), let them expire, or raise maxSessions`
        : `facsimile gives the pages of ${origin} at most ${max} live sessions, their share: end some or let them expire`,
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
