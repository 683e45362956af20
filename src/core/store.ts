import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low, Memory, type Adapter } from 'lowdb';
import { Writer } from 'steno';

/** Everything facsimile keeps: one JSON document, one key per API. */
export interface StoreData {
  meta: { format: 1; seed: number; users: number };
  apis: Record<string, unknown>;
}

/**
 * lowdb adapter that writes the JSON file atomically (steno: temp file and
 * rename) with one write in flight. Callers arriving during a write join the
 * next batch, which serialises the data once, when it starts, so it holds
 * every change made before it; each caller resolves after the write that
 * contains its change is on disk.
 */
export class CoalescingJsonFile<T> implements Adapter<T> {
  readonly #file: string;
  readonly #writer: Writer;
  #latest: T | null = null;
  #current: Promise<void> = Promise.resolve();
  #next: Promise<void> | null = null;

  constructor(file: string) {
    this.#file = file;
    this.#writer = new Writer(file);
  }

  async read(): Promise<T | null> {
    const text = await readFile(this.#file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    return text === null ? null : (JSON.parse(text) as T);
  }

  write(data: T): Promise<void> {
    this.#latest = data;
    this.#next ??= this.#current
      .catch(() => undefined)
      .then(() => {
        this.#next = null;
        this.#current = this.#writer.write(JSON.stringify(this.#latest, null, 1));
        return this.#current;
      });
    return this.#next;
  }
}

export class Store {
  readonly #db: Low<StoreData | null>;
  readonly file: string | null;

  private constructor(db: Low<StoreData | null>, file: string | null) {
    this.#db = db;
    this.file = file;
  }

  /** Opens the JSON file at `file` (created on first write), or a throwaway in-memory store. */
  static async open(file: string | null): Promise<Store> {
    if (file) await mkdir(dirname(file), { recursive: true });
    const adapter = file
      ? new CoalescingJsonFile<StoreData | null>(file)
      : new Memory<StoreData | null>();
    const db = new Low<StoreData | null>(adapter, null);
    await db.read();
    return new Store(db, file);
  }

  get data(): StoreData | null {
    return this.#db.data;
  }

  /** Replaces the whole state and waits until it is on disk. */
  async replace(data: StoreData): Promise<void> {
    this.#db.data = data;
    await this.#db.write();
  }

  /** Waits until the current state (with every change made so far) is on disk. */
  async persist(): Promise<void> {
    await this.#db.write();
  }
}
