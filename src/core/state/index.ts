/**
 * facsimile's state, as the rest of the code sees it. Provider code sees
 * tables and a transaction's scope; the serving and admin layers see the
 * `Runtime` with its sessions and snapshots, and the errors they answer; the
 * CLI picks a backend. The two backends sit side by side, their internals
 * unexported: `file/` (the JSON store file and its change log, the default)
 * and `postgres/` (one state shared by several processes). `tables/` holds
 * the tables and their compact row representation.
 */

// For provider code.
export { Table, type TableSpecs, type TablesOf } from './tables/table.ts';
export type { StateScope } from './scope.ts';
export type { Transaction } from './transaction.ts';

// For the serving and admin layers.
export { Runtime } from './runtime.ts';
export type { SharedWrites } from './shared.ts';
export type { SessionChange, SessionEntry } from './store.ts';
export { infoOf, Snapshots, type Snapshot } from './snapshots.ts';
export {
  DEFAULT_MAX_SESSION_MEGABYTES,
  DEFAULT_MAX_SESSIONS,
  DEFAULT_SESSION_IDLE_SECONDS,
  SESSION_HEADER,
  SESSION_ID,
  Session,
  SessionMemoryFull,
  Sessions,
  TooManySessions,
  type SessionSource,
} from './sessions.ts';
export { StoreWriteFailed } from './store-write-failed.ts';
export { TableFull } from './tables/table.ts';
export { documentOf, openData, type OpenedApi } from './opened.ts';

// For the CLI and the server's start: the backends and seeding.
export { DEFAULT_COMPACT_AFTER_KILOBYTES, storeAt, writeFreshStore } from './file/file-store.ts';
export { repairLog } from './file/log-repair.ts';
export {
  isPostgresUrl,
  postgresStore,
  redactedUrl,
  type PostgresOptions,
} from './postgres/index.ts';
export {
  DEFAULT_SEED,
  DEFAULT_USERS,
  FIXTURES_DIR,
  seedStore,
  seedView,
  type SeedProgress,
} from './seeding.ts';
export { heapCeilingHint, SeedOutgrowsHeap } from './heap-ceiling.ts';
