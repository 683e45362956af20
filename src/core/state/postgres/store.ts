import pg from 'pg';
import type { LogEntry } from '../file/change-log.ts';
import { collect, type SnapshotShelf } from '../snapshots.ts';
import { PostgresSnapshots } from './snapshots.ts';
import type { StoreData } from '../file/store-file.ts';
import {
  AppendConflict,
  type SessionEntry,
  type SharedChanges,
  type SharedStore,
  type StateStore,
  type TakenView,
} from '../store.ts';
import { createTables, LOCK_STARTING } from './schema.ts';
import { claim, waitingLong } from './statements.ts';
import { redactedUrl } from './url.ts';

export interface PostgresOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** Connections this process keeps at most (default 10). */
  poolSize?: number;
  /**
   * Milliseconds a statement may run before PostgreSQL cancels it, and that this
   * process waits for a connection or an answer before it gives up (default 5000).
   */
  statementTimeoutMs?: number;
  /** Entries this process appends before it writes a checkpoint (default 5000). */
  checkpointAfterEntries?: number;
}

/** The client waits this much longer than the server's own timeout, so the server's wins when it acts. */
const CLIENT_GRACE_MS = 100;
/** After this many entries past the last checkpoint, a process writes a new one. */
const CHECKPOINT_AFTER_ENTRIES = 5000;
/** Entries read per query while catching up, so a far-behind process never reads the log whole. */
const READ_BATCH = 5000;

/** A checkpoint holds the whole state: writing a large one is no runaway statement. */
const UNBOUNDED = 'SET LOCAL statement_timeout = 0';

/** A restore's log entry: "reopen from the checkpoint at this sequence number". */
interface RestoreMarker {
  seq: number;
  restore: true;
}

/** A shared value's log entry: "`name` changed; its value is in facsimile_values". */
interface ValueMarker {
  seq: number;
  value: string;
}

type Stored = LogEntry | RestoreMarker | ValueMarker | SessionEntry;

interface Read {
  log: LogEntry[];
  sessions: SessionEntry[];
  restoredAt?: number;
  values: Set<string>;
  head: number;
}

/**
 * The state of several processes in one PostgreSQL database: a change log
 * whose primary key is the sequence number (PostgreSQL decides which process
 * gets each number), checkpoints of the whole state so a new process loads
 * without replaying history, and an advisory lock so seeding happens once.
 */
export class PostgresStore implements StateStore, SharedStore {
  readonly location: string;
  readonly shared: SharedStore = this;
  readonly #pool: pg.Pool;
  readonly timeoutMs: number;
  readonly snapshots: SnapshotShelf;
  #sinceCheckpoint = 0;
  /** The APIs the latest checkpoint holds. */
  #stored = new Set<string>();
  readonly #checkpointAfter: number;
  #checkpointing: Promise<void> | undefined;

  constructor(options: PostgresOptions) {
    this.location = redactedUrl(options.url);
    this.#checkpointAfter = options.checkpointAfterEntries ?? CHECKPOINT_AFTER_ENTRIES;
    this.timeoutMs = options.statementTimeoutMs ?? 5000;
    // The statement timeout acts in PostgreSQL; a server that hangs (stopped, paused, cut off
    // without a reset) never acts, so the client gives up too: a query cut off by
    // `query_timeout` fails its request, and the pool drops that connection.
    this.#pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      statement_timeout: this.timeoutMs,
      query_timeout: this.timeoutMs + CLIENT_GRACE_MS,
      connectionTimeoutMillis: this.timeoutMs,
    });
    // A connection that breaks while idle (the server stopped) is dropped; the next query reconnects.
    this.#pool.on('error', () => undefined);
    this.snapshots = new PostgresSnapshots(this.#pool);
  }

  async starting<T>(job: () => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      // Another process may be seeding a large store: waiting for it is no statement running long.
      await client.query('SET statement_timeout = 0');
      await client.query(waitingLong('SELECT pg_advisory_lock($1)', [LOCK_STARTING]));
      await client.query('RESET statement_timeout');
      await createTables(client);
      return await job();
    } finally {
      try {
        await client.query('SELECT pg_advisory_unlock($1)', [LOCK_STARTING]);
        await client.query('RESET statement_timeout');
      } catch (error) {
        // Dropping the connection lets go of its lock, and of a query still running on it.
        broken = error as Error;
      }
      client.release(broken);
    }
  }

  async load() {
    const checkpoint = await this.#checkpoint('ORDER BY seq DESC LIMIT 1', []);
    if (!checkpoint) return { data: null, log: [], recovering: false };
    this.#stored = new Set(Object.keys(checkpoint.apis));
    const { log } = await this.#entriesAfter(checkpoint.meta.logSeq ?? 0);
    this.#sinceCheckpoint = log.length;
    return { data: checkpoint, log, recovering: false };
  }

  async since(seq: number): Promise<SharedChanges> {
    const { log, restoredAt, values, sessions, head } = await this.#entriesAfter(seq);
    const changed = values.size > 0 ? await this.#values([...values]) : new Map<string, unknown>();
    const rest = { values: changed, sessions, head };
    if (restoredAt === undefined) return { data: null, log, ...rest };
    const data = await this.#checkpoint('WHERE seq = $1', [restoredAt]);
    if (!data) throw new Error(`the checkpoint of restore ${restoredAt} is missing`);
    return { data, log: log.filter((entry) => entry.seq > restoredAt), ...rest };
  }

  /** The entries after `seq` in order, the last restore and the values changed among them. */
  async #entriesAfter(seq: number): Promise<Read> {
    const read: Read = { log: [], sessions: [], values: new Set(), head: seq };
    for (;;) {
      const { rows } = await this.#pool.query<{ entry: string }>(
        'SELECT entry FROM facsimile_log WHERE seq > $1 ORDER BY seq LIMIT $2',
        [read.head, READ_BATCH],
      );
      for (const { entry } of rows) {
        const parsed = JSON.parse(entry) as Stored;
        if ('restore' in parsed) read.restoredAt = parsed.seq;
        else if ('value' in parsed) read.values.add(parsed.value);
        else if ('session' in parsed) read.sessions.push(parsed);
        else read.log.push(parsed);
        read.head = parsed.seq;
      }
      if (rows.length < READ_BATCH) return read;
    }
  }

  async publish(seq: number, name: string, value: unknown): Promise<void> {
    await this.#inTransaction(async (client) => {
      await claim(client, seq, JSON.stringify({ seq, value: name } satisfies ValueMarker));
      await client.query(
        `INSERT INTO facsimile_values (name, seq, value) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET seq = EXCLUDED.seq, value = EXCLUDED.value`,
        [name, seq, JSON.stringify(value)],
      );
    });
  }

  async appendSession(entry: SessionEntry): Promise<void> {
    await claim(this.#pool, entry.seq, JSON.stringify(entry), entry.session);
  }

  async sessionHistory(session: string, seq: number): Promise<SessionEntry[]> {
    const { rows } = await this.#pool.query<{ entry: string }>(
      'SELECT entry FROM facsimile_log WHERE session = $1 AND seq <= $2 ORDER BY seq',
      [session, seq],
    );
    return rows.map((row) => JSON.parse(row.entry) as SessionEntry);
  }

  values(): Promise<Map<string, unknown>> {
    return this.#values(null);
  }

  async #values(names: string[] | null): Promise<Map<string, unknown>> {
    const { rows } = await this.#pool.query<{ name: string; value: string }>(
      names === null
        ? 'SELECT name, value FROM facsimile_values'
        : 'SELECT name, value FROM facsimile_values WHERE name = ANY($1)',
      names === null ? [] : [names],
    );
    return new Map(rows.map((row) => [row.name, JSON.parse(row.value) as unknown]));
  }

  /** Runs `job` in one PostgreSQL transaction on one connection. */
  async #inTransaction(job: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      await job(client);
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      const rolledBack =
        error instanceof AppendConflict &&
        (await client.query('ROLLBACK').then(
          () => true,
          () => false,
        ));
      // Otherwise the connection may still be running a statement the client gave up on: it is
      // dropped, and PostgreSQL rolls back what it had not committed (a commit cut off may have
      // landed: the caller reports a failure and a catch-up reads the log as it is).
      client.release(rolledBack ? undefined : (error as Error));
      throw error;
    }
  }

  async #checkpoint(where: string, params: unknown[]): Promise<StoreData | null> {
    const { rows } = await this.#pool.query<{ seq: string; data: string }>(
      `SELECT seq, data FROM facsimile_checkpoints ${where}`,
      params,
    );
    const row = rows[0];
    if (!row) return null;
    const data = JSON.parse(row.data) as StoreData;
    data.meta.logSeq = Number(row.seq);
    return data;
  }

  async append(entry: LogEntry, live: () => boolean): Promise<void> {
    if (!live()) return;
    await claim(this.#pool, entry.seq, JSON.stringify(entry));
    this.#sinceCheckpoint += 1;
  }

  get wantsCompaction(): boolean {
    return this.#checkpointing === undefined && this.#sinceCheckpoint >= this.#checkpointAfter;
  }

  /** Writes a checkpoint of the state as it is now (taken before the first await). */
  compact(take: () => TakenView): Promise<void> {
    if (this.#checkpointing) return this.#checkpointing;
    const taken = take();
    // A process serving fewer APIs than the store holds must not checkpoint without the others.
    const served = new Set([...taken.view.apis].map(([name]) => name));
    if ([...this.#stored].some((name) => !served.has(name))) {
      taken.release();
      return Promise.resolve();
    }
    const covered = this.#sinceCheckpoint;
    this.#checkpointing = (async () => {
      try {
        const text = JSON.stringify(await collect(taken));
        await this.#inTransaction(async (client) => {
          await client.query(UNBOUNDED);
          await client.query(
            waitingLong(
              'INSERT INTO facsimile_checkpoints (seq, data) VALUES ($1, $2) ON CONFLICT (seq) DO NOTHING',
              [taken.view.meta.logSeq ?? 0, text],
            ),
          );
        });
        this.#sinceCheckpoint -= covered;
      } finally {
        taken.release();
        this.#checkpointing = undefined;
      }
    })();
    return this.#checkpointing;
  }

  /**
   * Writes the whole state as a checkpoint. At a sequence number no entry
   * holds yet (a restore), it also claims that number with a restore marker,
   * so the other processes reopen from the checkpoint when they catch up.
   */
  async replaceAll(take: () => TakenView): Promise<void> {
    const taken = take();
    const seq = taken.view.meta.logSeq ?? 0;
    try {
      const data = await collect(taken);
      const text = JSON.stringify(data);
      await this.#inTransaction(async (client) => {
        await client.query(UNBOUNDED);
        if (seq > 0) {
          const held = await client.query('SELECT 1 FROM facsimile_log WHERE seq = $1', [seq]);
          const marker = JSON.stringify({ seq, restore: true } satisfies RestoreMarker);
          if (held.rowCount === 0) await claim(client, seq, marker);
        }
        await client.query(
          waitingLong(
            `INSERT INTO facsimile_checkpoints (seq, data) VALUES ($1, $2)
             ON CONFLICT (seq) DO UPDATE SET data = EXCLUDED.data`,
            [seq, text],
          ),
        );
      });
      this.#stored = new Set(Object.keys(data.apis));
      this.#sinceCheckpoint = 0;
    } finally {
      taken.release();
    }
  }

  async close(take: () => TakenView): Promise<void> {
    await this.#checkpointing;
    if (this.#sinceCheckpoint > 0) await this.compact(take).catch(() => undefined);
    await this.#pool.end();
  }

  async status(): Promise<{ reachable: boolean; head: number | null }> {
    try {
      const { rows } = await this.#pool.query<{ head: string | null }>(
        'SELECT max(seq) AS head FROM facsimile_log',
      );
      return { reachable: true, head: Number(rows[0]?.head ?? 0) };
    } catch {
      return { reachable: false, head: null };
    }
  }
}
