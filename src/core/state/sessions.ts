import type { OpenedApi } from './opened.ts';
import { Scope } from './scope.ts';
import type { ChangeListener } from './table.ts';
import type { Transaction } from './transaction.ts';

export const SESSION_HEADER = 'x-facsimile-session';
export const SESSION_ID = /^[A-Za-z0-9._:-]{1,128}$/;
import {
  DEFAULT_MAX_SESSION_MEGABYTES,
  DEFAULT_MAX_SESSIONS,
  DEFAULT_SESSION_IDLE_SECONDS,
} from '../defaults.ts';

export { DEFAULT_MAX_SESSION_MEGABYTES, DEFAULT_MAX_SESSIONS, DEFAULT_SESSION_IDLE_SECONDS };

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
  /** The JSON size of the rows this session's changes added. */
  bytes = 0;
  readonly #host: SessionHost;
  readonly #budget: Budget;

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
    let added = 0;
    for (const change of transaction.changes)
      if (change.after !== undefined) added += JSON.stringify(change.after).length;
    if (this.#budget.used + added > this.#budget.max) {
      transaction.undo();
      throw new SessionMemoryFull(this.#budget.max);
    }
    this.bytes += added;
    this.#budget.used += added;
  }

  /** Back to the session's source, for one API or all. */
  reset(api?: string): void {
    for (const [name] of [...this.openedApis()])
      if (api === undefined || api === name) this.setOpened(name, undefined);
    if (api === undefined) this.release();
  }

  /** Gives back what the session's changes held. */
  release(): void {
    this.#budget.used -= this.bytes;
    this.bytes = 0;
  }

  touch(now: Date): void {
    this.lastUsedAt = now;
    this.requests += 1;
  }
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
