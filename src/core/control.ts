import { FaultRules } from './faults.ts';
import { Journal } from './journal.ts';
import { defaultLogger, type Logger } from './logger.ts';
import type { Runtime, StateScope } from './runtime.ts';
import { Sessions, TooManySessions, type SessionSource } from './sessions.ts';
import { ApiError } from './errors.ts';
import type { Snapshot, Snapshots } from './snapshots.ts';

export interface PendingSession {
  /** The API's opened state the session would start with. */
  state: unknown;
  start(): StateScope;
}

export interface ControlOptions {
  snapshots: Snapshots;
  journalCapacity?: number;
  sessionIdleSeconds?: number;
  maxSessions?: number;
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
  readonly rules = new FaultRules();
  readonly sessions: Sessions;
  readonly snapshots: Snapshots;
  readonly logger: Logger;
  readonly startedAt = Date.now();

  constructor(runtime: Runtime, options: ControlOptions) {
    this.runtime = runtime;
    this.snapshots = options.snapshots;
    this.journal = new Journal(options.journalCapacity);
    this.logger = options.logger ?? defaultLogger();
    const seed: SessionSource = { from: 'seed', dataOf: (api) => runtime.seedOf(api) };
    this.sessions = new Sessions(
      { open: (api, raw) => runtime.open(api, raw), seed },
      options.sessionIdleSeconds,
      options.maxSessions,
    );
  }

  /** The state a request works on: its session's (started from `source` when new), or the shared one. */
  scopeFor(session: string | undefined, source?: SessionSource): StateScope {
    if (session === undefined) return this.runtime;
    try {
      if (!source) return this.sessions.use(session);
      const scope = this.sessions.get(session) ?? this.sessions.create(session, source);
      scope.touch(new Date());
      return scope;
    } catch (error) {
      if (!(error instanceof TooManySessions)) throw error;
      throw new ApiError({ kind: 'internal', status: 503, message: error.message });
    }
  }

  /**
   * For a request naming a session that does not exist yet: a fresh seed of
   * the API to check its credentials against, and the way to start the
   * session from that very copy once they pass. A refused request so never
   * takes a session slot.
   */
  pendingSession(id: string, api: string): PendingSession | undefined {
    if (this.sessions.get(id)) return undefined;
    const runtime = this.runtime;
    const raw = runtime.seedOf(api) as object;
    // The checked copy is handed over once; a reset of the session gets a fresh seed again.
    let handover: object | undefined = raw;
    const source: SessionSource = {
      from: 'seed',
      dataOf: (name) => {
        const data = name === api ? handover : undefined;
        if (data === undefined) return runtime.seedOf(name);
        handover = undefined;
        return data;
      },
    };
    return { state: runtime.open(api, raw), start: () => this.scopeFor(id, source) };
  }

  /** Where a session started from a snapshot copies its data from. */
  snapshotSource(snapshot: Snapshot): SessionSource {
    const runtime = this.runtime;
    return {
      from: `snapshot:${snapshot.name}`,
      dataOf: (api) =>
        api in snapshot.data.apis ? structuredClone(snapshot.data.apis[api]) : runtime.seedOf(api),
    };
  }
}
