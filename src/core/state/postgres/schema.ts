import type pg from 'pg';

/** The advisory lock held while a process starts: creating tables and seeding happen once. */
export const LOCK_STARTING = 0x46_41_43_53; // "FACS"

/** Creates facsimile's tables where they are missing (run under `LOCK_STARTING`). */
export async function createTables(client: pg.PoolClient): Promise<void> {
  await client.query(`
    CREATE TABLE IF NOT EXISTS facsimile_log (
      seq bigint PRIMARY KEY,
      entry text NOT NULL,
      session text
    );
    CREATE INDEX IF NOT EXISTS facsimile_log_session ON facsimile_log (session, seq)
      WHERE session IS NOT NULL;
    CREATE TABLE IF NOT EXISTS facsimile_checkpoints (
      seq bigint PRIMARY KEY,
      data text NOT NULL
    );
    CREATE TABLE IF NOT EXISTS facsimile_values (
      name text PRIMARY KEY,
      seq bigint NOT NULL,
      value text NOT NULL
    );
    CREATE TABLE IF NOT EXISTS facsimile_snapshots (
      name text PRIMARY KEY,
      created_at text NOT NULL,
      apis text NOT NULL,
      data text NOT NULL
    );
  `);
}
