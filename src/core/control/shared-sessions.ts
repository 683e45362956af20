import type {
  Runtime,
  Session,
  SessionChange,
  SessionEntry,
  Sessions,
  SessionSource,
  SharedWrites,
} from '../state/index.ts';

/** What the sessions' sharing needs of the control plane. */
export interface SessionsHost {
  runtime: Runtime;
  sessions: Sessions;
  /** The source a session of that origin (`seed`, `snapshot:NAME`) starts from. */
  sourceOf(from: string): Promise<SessionSource>;
}

/**
 * Sessions on a store several processes share: every change, start, reset
 * and end goes through the store's log, so a session started on one process
 * works on all. A process holds the sessions it was asked for; one it does
 * not hold is rebuilt from its entries in the log the first time a request
 * names it (idle expiry only frees a process's memory).
 */
export class SharedSessions {
  readonly #host: SessionsHost;
  readonly #shared: SharedWrites;

  constructor(host: SessionsHost, shared: SharedWrites) {
    this.#host = host;
    this.#shared = shared;
    shared.watchSessions(async (entries) => {
      for (const entry of entries) if (host.sessions.get(entry.session)) await this.#apply(entry);
    });
  }

  /** Before a request names session `id`: one held elsewhere is rebuilt here. */
  async prepare(id: string): Promise<void> {
    if (this.#host.sessions.get(id)) return;
    await this.#shared.loadSession(id, async (history) => {
      if (this.#host.sessions.get(id)) return;
      for (const entry of history) await this.#apply(entry);
    });
  }

  /** Starts session `id` from `source` on every process. */
  start(id: string, source: SessionSource): Promise<void> {
    return this.#append({ session: id, start: source.from }, () => {
      this.#host.sessions.delete(id);
      this.#host.sessions.create(id, source);
    });
  }

  reset(session: Session, api: string | undefined): Promise<void> {
    const entry = api === undefined ? { reset: true as const } : { reset: true as const, api };
    return this.#append({ session: session.id, ...entry }, () => session.reset(api));
  }

  end(id: string): Promise<void> {
    return this.#append({ session: id, end: true }, () => this.#host.sessions.delete(id));
  }

  #append(entry: SessionChange, apply: () => void): Promise<void> {
    return this.#shared.appendSession((seq) => ({ ...entry, seq }), apply);
  }

  async #startHere(id: string, from: string): Promise<void> {
    const source = await this.#host.sourceOf(from);
    this.#host.sessions.delete(id);
    this.#host.sessions.create(id, source);
  }

  /** One entry of a session this process holds (or is rebuilding). */
  async #apply(entry: SessionEntry): Promise<void> {
    const { sessions, runtime } = this.#host;
    if ('start' in entry) return this.#startHere(entry.session, entry.start);
    if ('end' in entry) {
      sessions.delete(entry.session);
      return;
    }
    const session = sessions.get(entry.session) ?? createdOrNot(sessions, entry.session);
    if (!session) return;
    if ('reset' in entry) return session.reset(entry.api);
    const opened = session.opened(entry.api);
    for (const change of entry.rows)
      opened.tables.get(change.table)?.restore(change.key, change.row);
    // An API's state may keep what it derived from its rows: derived again.
    const api = runtime.definition(entry.api);
    opened.state = api.open(Object.fromEntries(opened.tables), opened.settings);
  }
}

/** A session another process changed, started here from the seed; none when this process is full. */
function createdOrNot(sessions: Sessions, id: string): Session | undefined {
  try {
    return sessions.create(id);
  } catch {
    return undefined;
  }
}
