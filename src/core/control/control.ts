import { FaultRules } from './faults.ts';
import { Journal } from './journal.ts';
import { defaultLogger, type Logger } from '../logger.ts';
import { ApiError } from '../api/errors.ts';
import {
  openData,
  Sessions,
  TooManySessions,
  type OpenedApi,
  type Runtime,
  type SessionSource,
  type Snapshot,
  type Snapshots,
  type StateScope,
} from '../state/index.ts';

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
    const seed: SessionSource = { from: 'seed', base: (api) => runtime.seedOf(api) };
    this.sessions = new Sessions(
      { overlay: (api, base, listener) => runtime.overlay(api, base, listener), seed },
      options.sessionIdleSeconds,
      options.maxSessions,
      options.maxSessionMegabytes,
    );
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
