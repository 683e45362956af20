import type { StateStore } from '../store.ts';
import type { PostgresOptions } from './store.ts';

export type { PostgresOptions };
export { isPostgresUrl, redactedUrl } from './url.ts';

/** The PostgreSQL store; its client loads only when one is used. */
export async function postgresStore(options: PostgresOptions): Promise<StateStore> {
  const { PostgresStore } = await import('./store.ts');
  return new PostgresStore(options);
}
