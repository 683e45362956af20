import pg from 'pg';
import type { LogEntry } from '../change-log.ts';
import { collect, type SnapshotShelf } from '../snapshots.ts';
import { PostgresSnapshots } from './snapshots.ts';
import type { StoreData } from '../store-file.ts';
import { AppendConflict, type SharedStore, type StateStore, type TakenView } from '../store.ts';
import { createTables, LOCK_STARTING } from './schema.ts';
import { redactedUrl } from './url.ts';

export interface PostgresOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** Connections this process keeps at most (default 10). */
  poolSize?: number;
  /** Milliseconds a statement may run before PostgreSQL cancels it (default 5000). */
  statementTimeoutMs?: number;
}

/** After this many entries past the last checkpoint, a process writes a new one. */
const CHECKPOINT_AFTER_ENTRIES = 5000;
/** Entries read per query while catching up, so a far-behind process never reads the log whole. */
const READ_BATCH = 5000;

/** A restore's log entry: "reopen from the checkpoint at this sequence number". */
interface RestoreMarker {
  seq: number;
  restore: true;
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
  readonly snapshots: SnapshotShelf;
  #sinceCheckpoint = 0;
  #checkpointing: Promise<void> | undefined;

  constructor(options: PostgresOptions) {
    this.location = redactedUrl(options.url);
    this.#pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      statement_timeout: options.statementTimeoutMs ?? 5000,
      connectionTimeoutMillis: options.statementTimeoutMs ?? 5000,
    });
    // A connection that breaks while idle (the server stopped) is dropped; the next query reconnects.
    this.#pool.on('error', () => undefined);
    this.snapshots = new PostgresSnapshots(this.#pool);
  }

  async starting<T>(job: () => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [LOCK_STARTING]);
      await createTables(client);
      return await job();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_STARTING]).catch(() => undefined);
      client.release();
    }
  }

  async load() {
    const checkpoint = await this.#checkpoint('ORDER BY seq DESC LIMIT 1', []);
    if (!checkpoint) return { data: null, log: [], recovering: false };
    const { log } = await this.#entriesAfter(checkpoint.meta.logSeq ?? 0);
    this.#sinceCheckpoint = log.length;
    return { data: checkpoint, log, recovering: false };
  }

  async since(seq: number): Promise<{ data: StoreData | null; log: LogEntry[] }> {
    const { log, restoredAt } = await this.#entriesAfter(seq);
    if (restoredAt === undefined) return { data: null, log };
    const data = await this.#checkpoint('WHERE seq = $1', [restoredAt]);
    if (!data) throw new Error(`the checkpoint of restore ${restoredAt} is missing`);
    return { data, log: log.filter((entry) => entry.seq > restoredAt) };
  }

  /** The entries after `seq` in order, and the last restore among them. */
  async #entriesAfter(seq: number): Promise<{ log: LogEntry[]; restoredAt?: number }> {
    const log: LogEntry[] = [];
    let restoredAt: number | undefined;
    for (let after = seq; ;) {
      const { rows } = await this.#pool.query<{ entry: string }>(
        'SELECT entry FROM facsimile_log WHERE seq > $1 ORDER BY seq LIMIT $2',
        [after, READ_BATCH],
      );
      for (const { entry } of rows) {
        const parsed = JSON.parse(entry) as LogEntry | RestoreMarker;
        if ('restore' in parsed) restoredAt = parsed.seq;
        else log.push(parsed);
        after = parsed.seq;
      }
      if (rows.length < READ_BATCH) return restoredAt === undefined ? { log } : { log, restoredAt };
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
    const { rowCount } = await this.#pool.query(
      'INSERT INTO facsimile_log (seq, entry) VALUES ($1, $2) ON CONFLICT (seq) DO NOTHING',
      [entry.seq, JSON.stringify(entry)],
    );
    if (rowCount === 0) throw new AppendConflict(entry.seq);
    this.#sinceCheckpoint += 1;
  }

  get wantsCompaction(): boolean {
    return this.#checkpointing === undefined && this.#sinceCheckpoint >= CHECKPOINT_AFTER_ENTRIES;
  }

  /** Writes a checkpoint of the state as it is now (taken before the first await). */
  compact(take: () => TakenView): Promise<void> {
    const taken = take();
    this.#checkpointing ??= (async () => {
      try {
        const data = await collect(taken);
        await this.#pool.query(
          'INSERT INTO facsimile_checkpoints (seq, data) VALUES ($1, $2) ON CONFLICT (seq) DO NOTHING',
          [taken.view.meta.logSeq ?? 0, JSON.stringify(data)],
        );
        this.#sinceCheckpoint = 0;
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
    const client = await this.#pool.connect();
    try {
      const text = JSON.stringify(await collect(taken));
      await client.query('BEGIN');
      if (seq > 0) {
        const marker = JSON.stringify({ seq, restore: true } satisfies RestoreMarker);
        const held = await client.query('SELECT 1 FROM facsimile_log WHERE seq = $1', [seq]);
        if (held.rowCount === 0) {
          const { rowCount } = await client.query(
            'INSERT INTO facsimile_log (seq, entry) VALUES ($1, $2) ON CONFLICT (seq) DO NOTHING',
            [seq, marker],
          );
          if (rowCount === 0) throw new AppendConflict(seq);
        }
      }
      await client.query(
        `INSERT INTO facsimile_checkpoints (seq, data) VALUES ($1, $2)
         ON CONFLICT (seq) DO UPDATE SET data = EXCLUDED.data`,
        [seq, text],
      );
      await client.query('COMMIT');
      this.#sinceCheckpoint = 0;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      taken.release();
      client.release();
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
