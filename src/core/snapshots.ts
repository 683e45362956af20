import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Writer } from 'steno';
import type { StoreData } from './store.ts';

export const SNAPSHOT_NAME = /^[A-Za-z0-9._-]{1,64}$/;

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
 * Named copies of the whole store. With a store file they are JSON files in a
 * `snapshots/` folder beside it (written atomically), so they outlive a
 * restart; with an in-memory store they live as long as the process.
 */
export class Snapshots {
  readonly #dir: string | null;
  readonly #byName = new Map<string, Snapshot>();

  private constructor(dir: string | null) {
    this.#dir = dir;
  }

  static async open(dir: string | null): Promise<Snapshots> {
    const snapshots = new Snapshots(dir);
    if (dir) {
      const files = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      for (const file of files) {
        if (!file.endsWith('.json')) continue;
        const text = await readFile(join(dir, file), 'utf8');
        const snapshot = JSON.parse(text) as Snapshot;
        if (SNAPSHOT_NAME.test(snapshot.name)) snapshots.#byName.set(snapshot.name, snapshot);
      }
    }
    return snapshots;
  }

  /** Saves a deep copy of `data`; answers whether an older snapshot was replaced. */
  async save(name: string, data: StoreData): Promise<{ snapshot: Snapshot; replaced: boolean }> {
    const replaced = this.#byName.has(name);
    const snapshot: Snapshot = {
      name,
      createdAt: new Date().toISOString(),
      data: structuredClone(data),
    };
    if (this.#dir) {
      await mkdir(this.#dir, { recursive: true });
      await new Writer(this.#fileOf(name)).write(JSON.stringify(snapshot));
    }
    this.#byName.set(name, snapshot);
    return { snapshot, replaced };
  }

  get(name: string): Snapshot | undefined {
    return this.#byName.get(name);
  }

  list(): SnapshotInfo[] {
    return [...this.#byName.values()]
      .map(infoOf)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async delete(name: string): Promise<boolean> {
    if (!this.#byName.delete(name)) return false;
    if (this.#dir) await rm(this.#fileOf(name), { force: true });
    return true;
  }

  #fileOf(name: string): string {
    if (!this.#dir) throw new Error('in-memory snapshots have no file');
    return join(this.#dir, `${name}.json`);
  }
}
