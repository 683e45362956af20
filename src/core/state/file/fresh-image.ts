import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PackedBuilder } from '../tables/packed-builder.ts';
import { RowCodec } from '../tables/row-codec.ts';
import type { TableSpec, TableSpecs } from '../tables/table-indexes.ts';
import { ChangeLog } from './change-log.ts';
import {
  IMAGE_FROM_BYTES,
  identityOf,
  imageFileOf,
  ImageWriter,
  type SavedTable,
} from './image-format.ts';
import { StoreLock, storePath } from './lock.ts';
import {
  mapped,
  writeStoreFile,
  type ApiView,
  type StoreData,
  type StoreView,
} from './store-file.ts';
import { diskHasRoom, entriesOf, listedSetting } from './store-image.ts';
import { scanStoreFile } from './store-lines.ts';

/** The tables an API opens, by API name (`undefined` for one facsimile does not serve). */
export type TablesOf = (api: string) => TableSpecs | undefined;

/**
 * The image of a store file being written whole (`facsimile reset`), built
 * from the rows as the write streams them: each table is packed as the
 * runtime would pack it when opening the file, and its bytes go to the image
 * as soon as the table is written, so no more than one table's packed form
 * is held. Where the rows lie in the file is read by a scan of the written
 * file's lines (no row is parsed). It is a cache: any failure leaves no image.
 */
export class FreshImage {
  readonly #file: string;
  readonly #tablesOf: TablesOf;
  #writer: ImageWriter | undefined;
  #failed = false;
  /** Each table's saved parts by API and table name; its range is known once the file is written. */
  readonly #saved = new Map<string, SavedTable>();

  constructor(file: string, tablesOf: TablesOf) {
    this.#file = file;
    this.#tablesOf = tablesOf;
  }

  /** `view` as written, each table's rows packed as the write takes them. */
  tap(view: StoreView): StoreView {
    return {
      meta: view.meta,
      apis: mapped(view.apis, ([name, api]): [string, ApiView] => [name, this.#tapped(name, api)]),
    };
  }

  #tapped(api: string, view: ApiView): ApiView {
    const specs = this.#tablesOf(api);
    return {
      settings: view.settings,
      tables: mapped(view.tables, ([table, rows]): [string, Iterable<unknown>] => {
        const spec = specs?.[table];
        return [table, spec ? this.#packing(api, table, spec, rows) : rows];
      }),
    };
  }

  *#packing(
    api: string,
    table: string,
    spec: TableSpec<unknown>,
    rows: Iterable<unknown>,
  ): Generator<unknown> {
    const expected = Array.isArray(rows) ? rows.length : 0;
    let packing = !this.#failed;
    const builder = packing ? new PackedBuilder(spec, new RowCodec(), expected) : undefined;
    for (const row of rows) {
      if (packing) packing = this.#attempt(() => builder?.add(row));
      yield row;
    }
    if (!packing || !builder) return;
    this.#attempt(() => {
      this.#writer ??= new ImageWriter(this.#file);
      const saved = this.#writer.table(builder.finish().image(), [0, 0, 0]);
      this.#saved.set(`${api}\0${table}`, saved);
    });
  }

  /** Runs a step of the image; a failure gives the image up, never the store's write. */
  #attempt(step: () => void): boolean {
    try {
      step();
      return true;
    } catch {
      this.#failed = true;
      return false;
    }
  }

  /** Saves the image of the file as written and renamed into place (a large one only). */
  async save(): Promise<void> {
    const writer = this.#writer;
    if (!writer) return;
    try {
      const identity = await identityOf(this.#file);
      const size = Number(identity.size);
      // Kept only where the disk still has a store file's worth of room: a compaction's copy.
      const keep =
        !this.#failed && size >= IMAGE_FROM_BYTES && (await diskHasRoom(this.#file, size));
      const scanned = keep ? (scanStoreFile(this.#file, size) as StoreData | undefined) : undefined;
      const apis =
        scanned &&
        entriesOf(scanned, (rows, api, key) => {
          const saved = this.#saved.get(`${api}\0${key}`);
          return saved ? { table: { ...saved, range: rows.range } } : listedSetting(rows);
        });
      if (scanned && apis) writer.finish({ identity, meta: scanned.meta, apis });
      else writer.discard();
    } catch (error) {
      writer.discard();
      throw error;
    }
  }

  /** Drops what was written of the image (the store's write failed). */
  discard(): void {
    this.#writer?.discard();
  }
}

/**
 * Replaces whatever is stored at `file` with `view` (`facsimile reset`): the
 * file, and no log; with `tablesOf`, also the file's image (store-image.ts),
 * built as the file is written, so the first start does not parse it.
 */
export async function writeFreshStore(
  file: string,
  view: StoreView,
  tablesOf?: TablesOf,
): Promise<void> {
  const path = storePath(file);
  await mkdir(dirname(path), { recursive: true });
  const lock = new StoreLock(file);
  await lock.acquire();
  try {
    // The old image could not name the new file, but a crash must not leave it either.
    await rm(imageFileOf(path), { force: true }).catch(() => undefined);
    const image = tablesOf && new FreshImage(path, tablesOf);
    try {
      await writeStoreFile(path, image ? image.tap(view) : view);
    } catch (error) {
      image?.discard();
      throw error;
    }
    await new ChangeLog(path).clear();
    // Only a cache: without it the first start parses the file, as it would have anyway.
    await image?.save().catch(() => undefined);
  } finally {
    await lock.release();
  }
}
