/**
 * facsimile's state: the live tables of every API, the transactions that
 * change them, and where they are kept (a JSON file with a change log, or
 * memory), with snapshots, sessions and seeding. Provider code sees tables
 * and `transact`; everything else here is for the serving and admin layers.
 */
export {
  MAX_TABLE_ROWS,
  Table,
  TableFull,
  type TableSpec,
  type TableSpecs,
  type TablesOf,
} from './table.ts';
export type { StateScope } from './scope.ts';
export { Runtime } from './runtime.ts';
export type { SharedWrites } from './shared.ts';
export type { Transaction } from './transaction.ts';
export type { SessionChange, SessionEntry } from './store.ts';
export { StoreWriteFailed } from './store-write-failed.ts';
export {
  DEFAULT_COMPACT_AFTER_KILOBYTES,
  FileStore,
  MemoryStore,
  storeAt,
  writeFreshStore,
  type FileStoreOptions,
  type StateStore,
} from './store.ts';
export { repairLog, type LogCut } from './log-repair.ts';
export { LogDamaged } from './log-lines.ts';
export { StoreInUse } from './lock.ts';
export { diskFiles, type StoreFiles, type WritableFile } from './files.ts';
export {
  isPostgresUrl,
  postgresStore,
  redactedUrl,
  type PostgresOptions,
} from './postgres/index.ts';
export {
  readStoreFile,
  viewOf,
  writeStoreFile,
  type StoreData,
  type StoreMeta,
} from './store-file.ts';
export { infoOf, Snapshots, SNAPSHOT_NAME, type Snapshot, type SnapshotInfo } from './snapshots.ts';
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
export {
  DEFAULT_SEED,
  DEFAULT_USERS,
  FIXTURES_DIR,
  seedStore,
  type SeedOptions,
  type SeedProgress,
} from './seeding.ts';
export { documentOf, openData, type OpenedApi } from './opened.ts';
