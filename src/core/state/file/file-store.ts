import { access, constants, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ChangeLog, type LogEntry } from './change-log.ts';
import { diskFiles, type StoreFiles } from './files.ts';
import { StoreLock, storePath } from './lock.ts';
import { openStoreFile, writeStoreFile, type TakenView } from './store-file.ts';
import { DEFAULT_COMPACT_AFTER_KILOBYTES } from '../../defaults.ts';
import { MemoryStore, type StateStore } from '../store.ts';

export { DEFAULT_COMPACT_AFTER_KILOBYTES };
export { writeFreshStore } from './fresh-image.ts';
/** A failed compaction is tried again after 1 s, then 2, 4, ... up to a minute. */
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 60_000;
/**
 * A compaction rewrites the whole file, so unless told a size it waits for a
 * log of this share of the file (or the default size, if larger): a 354 MB
 * store is rewritten once per 44 MB of changes, not once per 32 MB. The log
 * is what the next start replays, so the share also bounds that.
 */
const LOG_SHARE_OF_FILE = 1 / 8;
/**
 * A stop folds the log into the file only when the file is smaller than this
 * (and than `compactAfterBytes`): cheap to rewrite. A larger store stops with
 * its changes in the log, which is on disk already; the next start replays it.
 */
const FOLD_AT_STOP_BELOW_BYTES = 8 * 1024 * 1024;

/** How a store tells what it did about damage or failures (a logger's levels). */
export type StoreNotice = (level: 'warn' | 'error', message: string) => void;

export interface FileStoreOptions {
  /** Compacts once the log is this large; by default, the larger of 32 MB and an eighth of the file. */
  compactAfterBytes?: number;
  /** The wait before a failed compaction's first retry (doubling up to a minute). */
  firstRetryMs?: number;
  /** The layer every file change goes through (tests inject failures there). */
  files?: StoreFiles;
  notify?: StoreNotice;
}

/**
 * The JSON store file (a row per line, see store-file.ts) plus its
 * change log. A crash at any instant leaves a file and a log that replay to
 * exactly the acknowledged state: the file is replaced only by rename, and
 * holds the sequence number of the last log entry it includes.
 */
export class FileStore implements StateStore {
  readonly location: string;
  /** `location`, or where a symlink there leads: renaming onto the link would cut it off the store. */
  readonly #path: string;
  readonly #log: ChangeLog;
  readonly #lock: StoreLock;
  readonly #files: StoreFiles;
  /** As configured; undefined for the default, which follows the file's size. */
  readonly #compactAfter: number | undefined;
  readonly #firstRetry: number;
  readonly #notify: StoreNotice;
  #compacting: Promise<void> | undefined;
  /** Aborts the compaction under way when the store closes. */
  #stopping = new AbortController();
  /** The store file's size as last read or written: what compaction and a stop's fold are sized by. */
  #fileBytes = 0;
  #failures = 0;
  #retryAt = 0;

  constructor(file: string, options: FileStoreOptions = {}) {
    this.location = file;
    this.#path = storePath(file);
    this.#files = options.files ?? diskFiles;
    this.#log = new ChangeLog(this.#path, this.#files);
    this.#lock = new StoreLock(file);
    this.#compactAfter = options.compactAfterBytes;
    this.#firstRetry = options.firstRetryMs ?? FIRST_RETRY_MS;
    this.#notify = options.notify ?? (() => undefined);
  }

  async acquire(): Promise<void> {
    await mkdir(dirname(this.#path), { recursive: true });
    await this.#lock.acquire();
    await removeStaleTemporaries(this.#path);
    const unwritable = await access(dirname(this.#path), constants.W_OK).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => error.code ?? 'not writable',
    );
    if (unwritable)
      this.#notify(
        'warn',
        `${dirname(this.location)} cannot be written (${unwritable}): every change will be refused with 503 until it can`,
      );
  }

  release(): Promise<void> {
    return this.#lock.release();
  }

  /** Reads the file and its log; with the lock held, also cuts a torn last line off the log. */
  async load() {
    const data = await openStoreFile(this.#path).catch((error: Error) => {
      throw new Error(
        `${this.location} is not a store facsimile can read (${error.message.replace(this.#path + ': ', '')}): put back a good copy, or remove it (and its .log) to start from fresh demo data`,
      );
    });
    this.#fileBytes = data ? await sizeOf(this.#path) : 0;
    const { entries, found, torn } = await this.#log.read(data?.meta.logSeq ?? 0);
    if (!data && found)
      throw new Error(
        `${this.location} is missing but its change log ${this.#log.file} is there: put the store file back, or remove the log (losing its changes) to start from fresh demo data`,
      );
    for (const cut of torn)
      this.#notify(
        'warn',
        `${cut.file}: line ${cut.line} (${cut.bytes} bytes) was cut off by a crash before it was acknowledged; it is left out and cut from the log`,
      );
    if (torn.length > 0 && this.#lock.held)
      await this.#log
        .cutTorn()
        .catch((error: NodeJS.ErrnoException) =>
          this.#notify(
            'warn',
            `could not cut ${this.#log.file} yet (${error.code}): it is cut before the next change`,
          ),
        );
    // A moved-aside log is folded in at start only when that is cheap; else by the next compaction.
    return { data, log: entries, recovering: this.#log.hasOld && this.#cheapToRewrite };
  }

  get #cheapToRewrite(): boolean {
    return cheapToRewrite(this.#fileBytes, this.#compactAfter);
  }

  append(entry: LogEntry, live: () => boolean): Promise<void> {
    return this.#log.append(entry, live);
  }

  get wantsCompaction(): boolean {
    if (this.#compacting !== undefined || Date.now() < this.#retryAt) return false;
    return (
      this.#log.bytes > compactionThreshold(this.#fileBytes, this.#compactAfter) || this.#log.hasOld
    );
  }

  compact(take: (tableByTable?: boolean) => TakenView): Promise<void> {
    this.#compacting ??= this.#compact(take)
      .then(
        () => {
          this.#failures = 0;
          this.#retryAt = 0;
        },
        (error: NodeJS.ErrnoException) => {
          if (this.#stopping.signal.aborted) throw error;
          this.#failures += 1;
          const wait = Math.min(this.#firstRetry * 2 ** (this.#failures - 1), MAX_RETRY_MS);
          this.#retryAt = Date.now() + wait;
          this.#notify(
            'error',
            `compacting ${this.location} failed (${error.code ?? error.message}): every change stays in the change log, trying again in ${wait / 1000} s`,
          );
          throw error;
        },
      )
      .finally(() => {
        this.#compacting = undefined;
      });
    return this.#compacting;
  }

  async #compact(take: (tableByTable?: boolean) => TakenView): Promise<void> {
    const { taken, failedBefore } = await this.#log.exclusive(async () => {
      const view = take(true);
      const failed = this.#log.failedWrites;
      try {
        await this.#log.rotate();
      } catch (error) {
        view.release();
        throw error;
      }
      return { taken: view, failedBefore: failed };
    });
    try {
      await this.#freezeSteps(taken, failedBefore);
    } catch (error) {
      taken.release();
      throw error;
    }
    await this.#write(taken, this.#stopping.signal);
    await this.#log.dropOld();
  }

  /**
   * Runs a view's table-by-table freezes, each between two appends, so that
   * each table holds acknowledged changes only. A change undone meanwhile
   * (its append failed) may be in a table already frozen: the view is then
   * given up, and the next compaction takes a new one.
   */
  async #freezeSteps(taken: TakenView, failedBefore: number): Promise<void> {
    for (const step of taken.steps ?? []) {
      this.#stopping.signal.throwIfAborted();
      await this.#log.exclusive(async () => {
        if (this.#log.failedWrites !== failedBefore)
          throw new Error('a change failed to be stored while the compaction took its view');
        step();
      });
    }
  }

  async replaceAll(take: () => TakenView): Promise<void> {
    await this.#compacting?.catch(() => undefined);
    await this.#log.exclusive(async () => {
      await this.#write(take());
      // The file holds everything now: a log left behind is only replayed up to its sequence number.
      await this.#log
        .clear()
        .catch((error: NodeJS.ErrnoException) =>
          this.#notify(
            'warn',
            `could not empty ${this.#log.file} (${error.code}): it is skipped at the next start`,
          ),
        );
    });
  }

  /** Writes a taken view, letting go of it once written (or failed). */
  async #write(taken: TakenView, signal?: AbortSignal): Promise<void> {
    try {
      this.#fileBytes = await writeStoreFile(this.#path, taken.view, this.#files, { signal });
    } finally {
      taken.release();
    }
  }

  /**
   * Every acknowledged change is in the log on disk already: a stop waits for
   * the appends under way, gives up a compaction under way (its moved-aside
   * log stays, and is replayed), folds the log into the file only when that
   * is cheap, and lets go of the lock. Its time does not grow with the store.
   */
  async close(take: () => TakenView): Promise<void> {
    try {
      this.#stopping.abort();
      await this.#compacting?.catch(() => undefined);
      await this.#log.exclusive(async () => undefined).catch(() => undefined);
      if ((this.#log.bytes > 0 || this.#log.hasOld) && this.#cheapToRewrite)
        await this.replaceAll(take);
    } finally {
      await this.#lock.release();
    }
  }
}

/** The log size that starts a compaction of a file of `fileBytes`: `configured`, or by default the larger of 32 MB and an eighth of the file. */
export function compactionThreshold(fileBytes: number, configured: number | undefined): number {
  const byDefault = DEFAULT_COMPACT_AFTER_KILOBYTES * 1024;
  return configured ?? Math.max(byDefault, fileBytes * LOG_SHARE_OF_FILE);
}

/** Whether a stop (or a start) folds the log into a file of `fileBytes`: only a small one. */
export function cheapToRewrite(fileBytes: number, configured: number | undefined): boolean {
  return fileBytes < Math.min(FOLD_AT_STOP_BELOW_BYTES, configured ?? Infinity);
}

async function sizeOf(file: string): Promise<number> {
  return stat(file).then(
    (info) => info.size,
    () => 0,
  );
}

/** Deletes the temporary files a full write killed mid-way left beside the store file. */
async function removeStaleTemporaries(file: string): Promise<void> {
  const prefix = `.${basename(file)}.`;
  const names = await readdir(dirname(file));
  for (const name of names)
    if (name.startsWith(prefix) && name.endsWith('.tmp'))
      await rm(join(dirname(file), name), { force: true }).catch(() => undefined);
}

export function storeAt(
  file: string | null | undefined,
  options: FileStoreOptions = {},
): StateStore {
  return file ? new FileStore(file, options) : new MemoryStore();
}
