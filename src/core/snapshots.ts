import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Writer } from 'steno';
import type { StoreData } from './store.ts';
import { readStoreFile, writeStoreFile } from './store-file.ts';

const SNAPSHOT_NAME = /^[A-Za-z0-9._-]{1,64}$/;
const INFO_SUFFIX = '.info.json';

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

export function infoOf(snapshot: Snapshot): SnapshotInfo {
  return {
    name: snapshot.name,
    createdAt: snapshot.createdAt,
    apis: Object.keys(snapshot.data.apis),
  };
}

/**
 * Named copies of the whole store. With a store file each is a file in a
 * `snapshots/` folder beside it, in the store file's own layout (written a row
 * per line and atomically, so any size that can be stored can be snapshot),
 * plus a small info file: only the info files are read at start-up, and a
 * snapshot's data only when it is used. With an in-memory store they live in
 * memory as long as the process.
 */
export class Snapshots {
  readonly #dir: string | null;
  readonly #infos = new Map<string, SnapshotInfo>();
  /** In-memory snapshots' data (none is kept for a file-backed store). */
  readonly #data = new Map<string, StoreData>();

  private constructor(dir: string | null) {
    this.#dir = dir;
  }

  static async open(dir: string | null): Promise<Snapshots> {
    const snapshots = new Snapshots(dir);
    if (!dir) return snapshots;
    const files = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const file of files.filter((name) => name.endsWith(INFO_SUFFIX))) {
      const info = JSON.parse(await readFile(join(dir, file), 'utf8')) as SnapshotInfo;
      if (SNAPSHOT_NAME.test(info.name)) snapshots.#infos.set(info.name, info);
    }
    return snapshots;
  }

  /** Saves a deep copy of `data`; answers whether an older snapshot was replaced. */
  async save(name: string, data: StoreData): Promise<{ info: SnapshotInfo; replaced: boolean }> {
    const replaced = this.#infos.has(name);
    const info = { name, createdAt: new Date().toISOString(), apis: Object.keys(data.apis) };
    // Copied at once: requests may change the store while the file is written.
    const copy = structuredClone(data);
    if (this.#dir) {
      await mkdir(this.#dir, { recursive: true });
      await writeStoreFile(this.#dataFile(name), copy);
      await new Writer(join(this.#dir, `${name}${INFO_SUFFIX}`)).write(JSON.stringify(info));
    } else {
      this.#data.set(name, copy);
    }
    this.#infos.set(name, info);
    return { info, replaced };
  }

  async get(name: string): Promise<Snapshot | undefined> {
    const info = this.#infos.get(name);
    if (!info) return undefined;
    const data = this.#dir ? await readStoreFile(this.#dataFile(name)) : this.#data.get(name);
    return data ? { name, createdAt: info.createdAt, data } : undefined;
  }

  list(): SnapshotInfo[] {
    return [...this.#infos.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async delete(name: string): Promise<boolean> {
    if (!this.#infos.delete(name)) return false;
    this.#data.delete(name);
    if (this.#dir) {
      await rm(join(this.#dir, `${name}${INFO_SUFFIX}`), { force: true });
      await rm(this.#dataFile(name), { force: true });
    }
    return true;
  }

  #dataFile(name: string): string {
    return join(this.#dir ?? '', `${name}.json`);
  }
}
