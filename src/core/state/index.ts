/**
 * facsimile's state: the live tables of every API, the transactions that
 * change them, and where they are kept (a JSON file with a change log, or
 * memory), with snapshots, sessions and seeding. Provider code sees tables
 * and `transact`; everything else here is for the serving and admin layers.
 */
export { Table, type TableSpec, type TableSpecs, type TablesOf } from './table.ts';
export type { StateScope } from './scope.ts';
export { Runtime, StoreWriteFailed } from './runtime.ts';
export { FileStore, MemoryStore, storeAt, writeFreshStore, type StateStore } from './store.ts';
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
  seedView,
  type SeedOptions,
  type SeedProgress,
} from './seeding.ts';
export { documentOf, openData, type OpenedApi } from './opened.ts';
export { heapCeilingHint, heapCeilingMb } from './heap-ceiling.ts';
