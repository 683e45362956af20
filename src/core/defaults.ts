/**
 * The settings' defaults and the admin API's path, in a module that imports nothing: the
 * command line shows them in its help without loading the server.
 */
export const ADMIN_PATH = '/__facsimile';
export const DEFAULT_JOURNAL_CAPACITY = 1000;
export const DEFAULT_SEED = 4010;
export const DEFAULT_USERS = 25;
/**
 * The most rows a table takes through an insert: with every field bounded in the specs, a
 * list of them stays far below the largest string a JSON answer can be (a store grown to
 * 587 MB could no longer list its users).
 */
export const MAX_TABLE_ROWS = 150_000;
/** The most demo users per API: seeding more would only make tables past their bound. */
export const MAX_DEMO_USERS = MAX_TABLE_ROWS;
export const DEFAULT_SESSION_IDLE_SECONDS = 30 * 60;
/** Each session keeps what it changed: the bound keeps a runaway client from exhausting memory. */
export const DEFAULT_MAX_SESSIONS = 1000;
/** What all sessions together may hold of changed rows (their JSON size). */
export const DEFAULT_MAX_SESSION_MEGABYTES = 256;
/** After this much change log, a compaction is started (off the request path). */
export const DEFAULT_COMPACT_AFTER_KILOBYTES = 32 * 1024;
