import { mkdir, readdir, rm } from 'node:fs/promises';
import { JSONFile } from 'lowdb/node';
import { join } from 'node:path';
import { StoreWriteFailed } from './store-write-failed.ts';
import {
  readStoreFile,
  writeStoreFile,
  type StoreData,
  type TakenView,
} from './file/store-file.ts';

/** Letters, digits, `.`, `_`, `-`; not starting with a dot, so no name is `.` or `..` or hidden. */
export const SNAPSHOT_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$/;
const DATA_FILE = 'store.json';
const INFO_FILE = 'info.json';

export interface Snapshot {
  name: string;
  createdAt: string;
  data: StoreData;
}

export interface SnapshotInfo {
  name: string;
  createdAt: string;
  apis: string[];
}

/** Where a shared store keeps snapshots, so every process sees the same ones. */
export interface SnapshotShelf {
  list(): Promise<SnapshotInfo[]>;
  get(name: string): Promise<Snapshot | undefined>;
  /** Stores the snapshot; answers whether one of that name was replaced. */
  put(info: SnapshotInfo, data: StoreData): Promise<boolean>;
  delete(name: string): Promise<boolean>;
}

export function infoOf(snapshot: Snapshot): SnapshotInfo {
  return {
    name: snapshot.name,
    createdAt: snapshot.createdAt,
    apis: Object.keys(snapshot.data.apis),
  };
}

/**
 * Named copies of the whole store. With a store file each is a folder
 * `snapshots/<name>/` beside it holding `store.json` (the store file's own
 * layout, written from a point-in-time view while requests go on) and
 * `info.json`; each file is written to a temporary name and renamed, saves of
 * one name run one after another, and only the info files are read at
 * start-up. With an in-memory store they live in memory.
 */
export class Snapshots {
  readonly #dir: string | null;
  readonly #shelf: SnapshotShelf | undefined;
  readonly #infos = new Map<string, SnapshotInfo>();
  readonly #data = new Map<string, StoreData>();
  readonly #busy = new Map<string, Promise<unknown>>();

  private constructor(dir: string | null, shelf?: SnapshotShelf) {
    this.#dir = dir;
    this.#shelf = shelf;
  }

  /** Snapshots in folders under `dir`, in memory (`null`), or on a shared store's shelf. */
  static async open(dir: string | null | SnapshotShelf): Promise<Snapshots> {
    if (dir !== null && typeof dir === 'object') return new Snapshots(null, dir);
    const snapshots = new Snapshots(dir);
    if (!dir) return snapshots;
    const entries = await readdir(dir, { withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      },
    );
    for (const entry of entries) {
      if (!entry.isDirectory() || !SNAPSHOT_NAME.test(entry.name)) continue;
      const info = await readInfo(join(dir, entry.name, INFO_FILE));
      if (info?.name === entry.name) snapshots.#infos.set(info.name, info);
    }
    return snapshots;
  }

  /** Saves the view `take` gives when this save's turn comes; answers whether an older one was replaced. */
  save(name: string, take: () => TakenView): Promise<{ info: SnapshotInfo; replaced: boolean }> {
    return this.#oneAtATime(name, async () => {
      let replaced = this.#infos.has(name);
      const taken = take();
      const apis = [...taken.view.apis].map(([api]) => api);
      const info = { name, createdAt: new Date().toISOString(), apis };
      try {
        if (this.#shelf) replaced = await this.#shelf.put(info, await collect(taken));
        else if (this.#dir) await this.#write(name, taken, info, replaced);
        else this.#data.set(name, await collect(taken));
      } catch (error) {
        throw new StoreWriteFailed(error, `snapshot "${name}"`);
      } finally {
        taken.release();
      }
      this.#infos.set(name, info);
      return { info, replaced };
    });
  }

  async get(name: string): Promise<Snapshot | undefined> {
    await this.#busy.get(name);
    if (this.#shelf) return this.#shelf.get(name);
    const info = this.#infos.get(name);
    if (!info) return undefined;
    const data = this.#dir
      ? await readStoreFile(join(this.#dir, name, DATA_FILE))
      : this.#data.get(name);
    return data ? { name, createdAt: info.createdAt, data } : undefined;
  }

  async list(): Promise<SnapshotInfo[]> {
    if (this.#shelf) return this.#shelf.list();
    return [...this.#infos.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  delete(name: string): Promise<boolean> {
    return this.#oneAtATime(name, async () => {
      if (this.#shelf) return this.#shelf.delete(name);
      if (!this.#infos.delete(name)) return false;
      this.#data.delete(name);
      if (this.#dir) await rm(join(this.#dir, name), { recursive: true, force: true });
      return true;
    });
  }

  /** Writes a snapshot's files; a new snapshot's folder is removed again if that fails. */
  async #write(name: string, taken: TakenView, info: SnapshotInfo, replacing: boolean) {
    const folder = join(this.#dir ?? '', name);
    await mkdir(folder, { recursive: true });
    try {
      await writeStoreFile(join(folder, DATA_FILE), taken.view);
      // A small whole document written atomically: lowdb's model (steno writes a temporary file and renames it).
      await new JSONFile<SnapshotInfo>(join(folder, INFO_FILE)).write(info);
    } catch (error) {
      if (!replacing) await rm(folder, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
  }

  #oneAtATime<T>(name: string, job: () => Promise<T>): Promise<T> {
    const run = (this.#busy.get(name) ?? Promise.resolve()).then(job, job);
    const settled = run.catch(() => undefined);
    this.#busy.set(name, settled);
    void settled.then(() => {
      if (this.#busy.get(name) === settled) this.#busy.delete(name);
    });
    return run;
  }
}

async function readInfo(file: string): Promise<SnapshotInfo | undefined> {
  try {
    return (await new JSONFile<SnapshotInfo>(file).read()) ?? undefined;
  } catch {
    return undefined;
  }
}

/** An in-memory snapshot: the view's rows gathered into a document (rows are shared, never edited). */
export async function collect(taken: TakenView): Promise<StoreData> {
  const data: StoreData = { meta: taken.view.meta, apis: {} };
  for (const [name, api] of taken.view.apis) {
    const document: Record<string, unknown> = { ...api.settings };
    for (const [table, rows] of api.tables) document[table] = [...rows];
    data.apis[name] = document;
  }
  return data;
}
