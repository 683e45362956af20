import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ChangeLog, type LogEntry } from './change-log.ts';
import {
  openStoreFile,
  writeStoreFile,
  type StoreData,
  type StoreView,
} from './store-file.ts';

/** A point-in-time view for a full write, and how to let go of it once written. */
export interface TakenView {
  view: StoreView;
  release(): void;
}

/**
 * Where the shared state is kept between runs. The runtime holds the live
 * state in memory and hands the store each committed transaction in order;
 * a store makes it durable. A second backend implements this interface.
 */
export interface StateStore {
  /** The file (or other place) shown to users; `null` for memory only. */
  readonly location: string | null;
  /** The stored document and the log entries newer than it, in order. */
  load(): Promise<{ data: StoreData | null; log: LogEntry[]; recovering: boolean }>;
  /** Resolves once `entry` is durable; an entry no longer `live` when written is left out. */
  append(entry: LogEntry, live: () => boolean): Promise<void>;
  /** Whether enough has been logged that a compaction is due. */
  readonly wantsCompaction: boolean;
  /** Writes the whole state, folding the log in, while appends go on. */
  compact(take: () => TakenView): Promise<void>;
  /** Writes the whole state with appends held back until it is on disk (a restore). */
  replaceAll(take: () => TakenView): Promise<void>;
  /** On a clean stop: the log folded into the file if it holds anything. */
  close(take: () => TakenView): Promise<void>;
}

/** A store that keeps nothing: the state lives as long as the process. */
export class MemoryStore implements StateStore {
  readonly location = null;
  readonly wantsCompaction = false;
  async load() {
    return { data: null, log: [], recovering: false };
  }
  async append(): Promise<void> {}
  async compact(): Promise<void> {}
  async replaceAll(): Promise<void> {}
  async close(): Promise<void> {}
}

/** After this many bytes of change log, a compaction is started (off the request path). */
const COMPACT_AFTER_BYTES = 32 * 1024 * 1024;

/**
 * The JSON store file (a row per line, see store-file.ts) plus its
 * change log. A crash at any instant leaves a file and a log that replay to
 * exactly the acknowledged state: the file is replaced only by rename, and
 * holds the sequence number of the last log entry it includes.
 */
export class FileStore implements StateStore {
  readonly location: string;
  readonly #log: ChangeLog;
  readonly #compactAfter: number;
  #compacting: Promise<void> | undefined;

  constructor(file: string, compactAfterBytes = COMPACT_AFTER_BYTES) {
    this.location = file;
    this.#log = new ChangeLog(file);
    this.#compactAfter = compactAfterBytes;
  }

  async load() {
    await mkdir(dirname(this.location), { recursive: true });
    await removeStaleTemporaries(this.location);
    const data = await openStoreFile(this.location);
    const { entries, hasOld } = await this.#log.read(data?.meta.logSeq ?? 0);
    return { data, log: data ? entries : [], recovering: hasOld || (!data && entries.length > 0) };
  }

  append(entry: LogEntry, live: () => boolean): Promise<void> {
    return this.#log.append(entry, live);
  }

  get wantsCompaction(): boolean {
    return this.#compacting === undefined && this.#log.bytes > this.#compactAfter;
  }

  compact(take: () => TakenView): Promise<void> {
    this.#compacting ??= this.#compact(take).finally(() => {
      this.#compacting = undefined;
    });
    return this.#compacting;
  }

  async #compact(take: () => TakenView): Promise<void> {
    await this.#log.exclusive(() => this.#log.rotate());
    await this.#writeView(take);
    await this.#log.dropOld();
  }

  async replaceAll(take: () => TakenView): Promise<void> {
    await this.#compacting;
    await this.#log.exclusive(async () => {
      await this.#writeView(take);
      await this.#log.clear();
    });
  }

  /** Writes the view `take` gives now, letting go of it once written (or failed). */
  async #writeView(take: () => TakenView): Promise<void> {
    const taken = take();
    try {
      await writeStoreFile(this.location, taken.view);
    } finally {
      taken.release();
    }
  }

  async close(take: () => TakenView): Promise<void> {
    await this.#compacting;
    await this.#log.exclusive(async () => undefined);
    if (this.#log.bytes > 0) await this.replaceAll(take);
  }
}

/** Deletes the temporary files a full write killed mid-way left beside the store file. */
async function removeStaleTemporaries(file: string): Promise<void> {
  const prefix = `.${basename(file)}.`;
  const names = await readdir(dirname(file));
  for (const name of names)
    if (name.startsWith(prefix) && name.endsWith('.tmp'))
      await rm(join(dirname(file), name), { force: true });
}

/** Replaces whatever is stored at `file` with `view` (`facsimile reset`): the file, and no log. */
export async function writeFreshStore(file: string, view: StoreView): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeStoreFile(file, view);
  await new ChangeLog(file).clear();
}

export function storeAt(file: string | null | undefined): StateStore {
  return file ? new FileStore(file) : new MemoryStore();
}
