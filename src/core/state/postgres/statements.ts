import type pg from 'pg';
import { AppendConflict } from '../store.ts';

/** How long this process waits for a statement without a time limit, or for another to finish seeding. */
const LONG_WAIT_MS = 10 * 60_000;

/** A query the client waits long for (node-postgres reads `query_timeout` per query; its types omit it). */
export function waitingLong(text: string, values: unknown[]): pg.QueryConfig {
  return { text, values, query_timeout: LONG_WAIT_MS } as pg.QueryConfig;
}

/** Inserts the log entry at `seq`, or throws `AppendConflict` when another process holds it. */
export async function claim(
  client: pg.Pool | pg.PoolClient,
  seq: number,
  entry: string,
  session: string | null = null,
): Promise<void> {
  const { rowCount } = await client.query(
    'INSERT INTO facsimile_log (seq, entry, session) VALUES ($1, $2, $3) ON CONFLICT (seq) DO NOTHING',
    [seq, entry, session],
  );
  if (rowCount === 0) throw new AppendConflict(seq);
}
