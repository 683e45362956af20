import type { AnyApiDefinition } from '../api/definition.ts';
import { isRows, StoredRows } from './file/store-lines.ts';
import { Table, type ChangeListener } from './tables/table.ts';

/** One API's data in one scope: its tables, its settings (never changed at run time), its state. */
export interface OpenedApi {
  tables: Map<string, Table<unknown>>;
  settings: Record<string, unknown>;
  state: unknown;
}

/** Splits an API's stored document into table rows and settings (rows may still be on disk). */
export function splitData(api: AnyApiDefinition, raw: unknown) {
  const data = (raw ?? {}) as Record<string, unknown>;
  const rows = new Map<string, Iterable<unknown>>();
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key in api.tables) rows.set(key, isRows(value) ? value : []);
    else settings[key] = value instanceof StoredRows ? [...value] : value;
  }
  return { rows, settings };
}

/** Opens an API's stored document into tables that report to `listener`. */
export function openData(
  api: AnyApiDefinition,
  raw: unknown,
  listener: ChangeListener | undefined,
): OpenedApi {
  const { rows, settings } = splitData(api, raw);
  const tables = new Map<string, Table<unknown>>();
  for (const [name, spec] of Object.entries(api.tables)) {
    const table = new Table(name, spec, rows.get(name) ?? []);
    table.listen(listener);
    tables.set(name, table);
  }
  return withState(api, tables, settings);
}

/** Tables over another scope's (a session over the seed or a snapshot), holding only their changes. */
export function overlayOf(
  api: AnyApiDefinition,
  base: OpenedApi,
  listener: ChangeListener,
): OpenedApi {
  const tables = new Map<string, Table<unknown>>();
  for (const [name, table] of base.tables) {
    const overlay = table.overlay();
    overlay.listen(listener);
    tables.set(name, overlay);
  }
  return withState(api, tables, base.settings);
}

function withState(
  api: AnyApiDefinition,
  tables: Map<string, Table<unknown>>,
  settings: Record<string, unknown>,
): OpenedApi {
  return { tables, settings, state: api.open(Object.fromEntries(tables), settings) };
}

/** The API's document as stored: settings and every table's rows (a copy of the row list, not the rows). */
export function documentOf(opened: OpenedApi): Record<string, unknown> {
  const document: Record<string, unknown> = { ...opened.settings };
  for (const [name, table] of opened.tables) document[name] = table.all();
  return document;
}
