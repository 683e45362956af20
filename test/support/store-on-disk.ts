import { readFile } from 'node:fs/promises';
import { allApis } from '../../src/apis/index.ts';
import { Runtime } from '../../src/core/state/index.ts';
import { FileStore } from '../../src/core/state/file/file-store.ts';
import type { StoreData } from '../../src/core/state/file/store-file.ts';

/** The state a restart would load from `file`: the JSON document with its change log replayed. */
export async function storeOnDisk(file: string): Promise<StoreData> {
  const data = await Runtime.peek(new FileStore(file), allApis);
  if (!data) throw new Error(`no store at ${file}`);
  return data;
}

/** Every byte facsimile keeps for a store: the JSON document and its change logs. */
export async function storeBytes(file: string): Promise<string> {
  const log = await readFile(`${file}.log`, 'utf8').catch(() => '');
  const old = await readFile(`${file}.log.old`, 'utf8').catch(() => '');
  return (await readFile(file, 'utf8')) + old + log;
}
