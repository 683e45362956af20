import type pg from 'pg';
import type { Snapshot, SnapshotInfo, SnapshotShelf } from '../snapshots.ts';
import type { StoreData } from '../store-file.ts';

interface Row {
  name: string;
  created_at: string;
  apis: string;
}

const infoOf = (row: Row): SnapshotInfo => ({
  name: row.name,
  createdAt: row.created_at,
  apis: JSON.parse(row.apis) as string[],
});

/** Snapshots as rows of `facsimile_snapshots`: every process lists, restores and deletes the same ones. */
export class PostgresSnapshots implements SnapshotShelf {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async list(): Promise<SnapshotInfo[]> {
    const { rows } = await this.#pool.query<Row>(
      'SELECT name, created_at, apis FROM facsimile_snapshots ORDER BY created_at DESC',
    );
    return rows.map(infoOf);
  }

  async get(name: string): Promise<Snapshot | undefined> {
    const { rows } = await this.#pool.query<Row & { data: string }>(
      'SELECT name, created_at, apis, data FROM facsimile_snapshots WHERE name = $1',
      [name],
    );
    const row = rows[0];
    if (!row) return undefined;
    return { name: row.name, createdAt: row.created_at, data: JSON.parse(row.data) as StoreData };
  }

  async put(info: SnapshotInfo, data: StoreData): Promise<boolean> {
    const { rows } = await this.#pool.query<{ replaced: boolean }>(
      `INSERT INTO facsimile_snapshots (name, created_at, apis, data) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO UPDATE SET created_at = EXCLUDED.created_at,
         apis = EXCLUDED.apis, data = EXCLUDED.data
       RETURNING (xmax <> 0) AS replaced`,
      [info.name, info.createdAt, JSON.stringify(info.apis), JSON.stringify(data)],
    );
    return rows[0]?.replaced ?? false;
  }

  async delete(name: string): Promise<boolean> {
    const { rowCount } = await this.#pool.query('DELETE FROM facsimile_snapshots WHERE name = $1', [
      name,
    ]);
    return (rowCount ?? 0) > 0;
  }
}
