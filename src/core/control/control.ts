import { FaultRules, type SharedRules } from './faults.ts';
import { SharedSessions } from './shared-sessions.ts';
import { Journal } from './journal.ts';
import { defaultLogger, type Logger } from '../logger.ts';
import { ApiError } from '../api/errors.ts';
import {
  openData,
  Sessions,
  TooManySessions,
  type OpenedApi,
  type Runtime,
  type Session,
  type SessionSource,
  type SharedWrites,
  type Snapshot,
  type Snapshots,
  type StateScope,
  type Transaction,
} from '../state/index.ts';

/** The shared value holding the fault rules. */
const RULES = 'rules';

export interface PendingSession {
  /** An API's state as the session would start with it (the seed's, read-only). */
  stateOf(api: string): unknown;
  start(): StateScope;
}

export interface ControlOptions {
  snapshots: Snapshots;
  journalCapacity?: number;
  sessionIdleSeconds?: number;
  maxSessions?: number;
  maxSessionMegabytes?: number;
  logger?: Logger;
}

/**
 * Everything that steers the stub besides the APIs' own state: the journal,
 * fault rules, sessions and snapshots, over the shared runtime. The APIs'
 * apps read their state through `scopeFor`, the admin API drives the rest.
 */
export class ControlPlane {
  readonly runtime: Runtime;
  readonly journal: Journal;
  readonly rules = new FaultRules((id) => this.sessions.get(id) !== undefined);
  readonly sessions: Sessions;
  /** With a store several processes share: sessions kept in its log. */
  readonly sharedSessions: SharedSessions | undefined;
  readonly snapshots: Snapshots;
  readonly logger: Logger;
  readonly startedAt = Date.now();
  readonly #seed: SessionSource;

  constructor(runtime: Runtime, options: ControlOptions) {
    this.runtime = runtime;
    this.snapshots = options.snapshots;
    this.journal = new Journal(options.journalCapacity);
    this.logger = options.logger ?? defaultLogger();
    const seed: SessionSource = { from: 'seed', base: (api) => runtime.seedOf(api) };
    this.#seed = seed;
    const shared = runtime.shared;
    this.sessions = new Sessions(
      {
        overlay: (api, base, listener) => runtime.overlay(api, base, listener),
        seed,
        ...(shared ? { shared: sessionSharing(shared) } : {}),
      },
      options.sessionIdleSeconds,
      options.maxSessions,
      options.maxSessionMegabytes,
    );
    runtime.shared?.watch(RULES, (value) => this.rules.replace(value as SharedRules));
    this.sharedSessions = shared && new SharedSessions(this, shared);
  }

  /** The source of a session started elsewhere: the seed, or a snapshot read from the store. */
  async sourceOf(from: string): Promise<SessionSource> {
    const name = from.startsWith('snapshot:') ? from.slice('snapshot:'.length) : undefined;
    const snapshot = name === undefined ? undefined : await this.snapshots.get(name);
    return snapshot ? this.snapshotSource(snapshot) : this.#seed;
  }

  /** Before a request names session `id`: with a shared store, one started elsewhere is rebuilt here. */
  async prepareSession(id: string): Promise<void> {
    await this.sharedSessions?.prepare(id);
  }

  /** Starts a session (from a snapshot's source or the seed): with a shared store, on every process. */
  async startSession(id: string, source: SessionSource | undefined): Promise<Session> {
    if (!this.sharedSessions) return this.sessions.create(id, source);
    if (this.sessions.size >= this.sessions.max) this.sessions.sweep();
    if (this.sessions.size >= this.sessions.max) throw new TooManySessions(this.sessions.max);
    await this.sharedSessions.start(id, source ?? this.#seed);
    return this.sessions.get(id) ?? this.sessions.create(id, source);
  }

  async resetSession(session: Session, api: string | undefined): Promise<void> {
    if (this.sharedSessions) await this.sharedSessions.reset(session, api);
    else session.reset(api);
  }

  async endSession(id: string): Promise<boolean> {
    if (!this.sharedSessions || !this.sessions.get(id)) return this.sessions.delete(id);
    await this.sharedSessions.end(id);
    return true;
  }

  /** Changes the fault rules: with a store several processes share, for all of them, in its order. */
  async changeRules<T>(change: (rules: FaultRules) => T): Promise<T> {
    const shared = this.runtime.shared;
    if (!shared) return change(this.rules);
    let result: T | undefined;
    await shared.publish(RULES, () => {
      const draft = this.rules.copy();
      result = change(draft);
      return draft.shared();
    });
    return result as T;
  }

  /** The state a request works on: its session's, or the shared one; `origin` is the page's that sent it. */
  scopeFor(session: string | undefined, origin?: string): StateScope {
    if (session === undefined) return this.runtime;
    try {
      return this.sessions.use(session, new Date(), origin);
    } catch (error) {
      if (!(error instanceof TooManySessions)) throw error;
      throw new ApiError({ kind: 'internal', status: 503, message: error.message });
    }
  }

  /**
   * For a request naming a session that does not exist yet: the seed's state
   * of the API to check its credentials against (read-only, shared), and the
   * way to start the session once they pass. A refused request so never takes
   * a session slot.
   */
  pendingSession(id: string, origin?: string): PendingSession | undefined {
    if (this.sessions.get(id)) return undefined;
    return {
      stateOf: (api) => this.runtime.seedOf(api).state,
      start: () => this.scopeFor(id, origin),
    };
  }

  /** Where a session started from a snapshot reads its data: the snapshot, opened once per source. */
  snapshotSource(snapshot: Snapshot): SessionSource {
    const runtime = this.runtime;
    const opened = new Map<string, OpenedApi>();
    return {
      from: `snapshot:${snapshot.name}`,
      base(api) {
        if (!(api in snapshot.data.apis)) return runtime.seedOf(api);
        let base = opened.get(api);
        if (!base) {
          base = openData(runtime.definition(api), snapshot.data.apis[api], undefined);
          opened.set(api, base);
        }
        return base;
      },
    };
  }
}

/** How a session's transactions take their place in a shared store's log. */
function sessionSharing(shared: SharedWrites) {
  return {
    claiming: <T>(attempt: () => Promise<T>) => shared.claiming(attempt),
    commit: (session: string, transaction: Transaction) =>
      shared.commitSession((seq) => ({
        seq,
        session,
        api: transaction.api,
        rows: transaction.logged(),
      })),
  };
}
