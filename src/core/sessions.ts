import type { StateScope } from './runtime.ts';

export const SESSION_HEADER = 'x-facsimile-session';
export const SESSION_ID = /^[A-Za-z0-9._:-]{1,128}$/;
export const DEFAULT_SESSION_IDLE_SECONDS = 30 * 60;
/** Each session may copy every API's data: the bound keeps a runaway client from exhausting memory. */
export const DEFAULT_MAX_SESSIONS = 1000;

/** Where a session's data comes from: the seed, or a snapshot's copy of an API. */
export interface SessionSource {
  from: string;
  /** The raw data the session starts from for this API (a copy it may change). */
  dataOf(api: string): unknown;
}

interface SessionHost {
  /** Wraps raw data in the API's tables. */
  open(api: string, raw: object): unknown;
  /** The source of a session that starts by itself: the seed. */
  seed: SessionSource;
}

/**
 * One isolated state, selected by `X-Facsimile-Session`. Each API's data is
 * copied from the session's source the first time the session touches that
 * API, so a session costs nothing for the APIs it never calls, and nothing it
 * does reaches the shared state or another session. Kept in memory only.
 */
export class Session implements StateScope {
  readonly id: string;
  readonly source: SessionSource;
  readonly createdAt = new Date();
  lastUsedAt = new Date();
  requests = 0;
  readonly #data = new Map<string, object>();
  readonly #host: SessionHost;

  constructor(id: string, source: SessionSource, host: SessionHost) {
    this.id = id;
    this.source = source;
    this.#host = host;
  }

  state(api: string): unknown {
    return this.#host.open(api, this.dataOf(api));
  }

  /** The session's raw data of one API, copied from its source on first use. */
  dataOf(api: string): object {
    let raw = this.#data.get(api);
    if (!raw) {
      raw = this.source.dataOf(api) as object;
      this.#data.set(api, raw);
    }
    return raw;
  }

  commit(): Promise<void> {
    return Promise.resolve();
  }

  /** Back to the session's source, for one API or all. */
  reset(api?: string): void {
    if (api === undefined) this.#data.clear();
    else this.#data.delete(api);
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

  constructor(
    host: SessionHost,
    idleSeconds = DEFAULT_SESSION_IDLE_SECONDS,
    max = DEFAULT_MAX_SESSIONS,
  ) {
    this.#host = host;
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
      this.#sessions.delete(id);
      return undefined;
    }
    return session;
  }

  /** Starts a session; past `max` live sessions, refuses rather than evict one a job still uses. */
  create(id: string, source: SessionSource = this.#host.seed): Session {
    this.sweep();
    if (this.#sessions.size >= this.max) throw new TooManySessions(this.max);
    const session = new Session(id, source, this.#host);
    this.#sessions.set(id, session);
    return session;
  }

  delete(id: string): boolean {
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
      if (this.#expired(session, now)) this.#sessions.delete(id);
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
