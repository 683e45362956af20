import { readFile } from 'node:fs/promises';
import { LoggedJsonFile, type StoreData } from '../../src/core/store.ts';

/** The state a restart would load from `file`: the JSON document with its change log replayed. */
export async function storeOnDisk(file: string): Promise<StoreData> {
  const data = await new LoggedJsonFile(file).read();
  if (!data) throw new Error(`no store at ${file}`);
  return data;
}

/** Every byte facsimile keeps for a store: the JSON document and its change log. */
export async function storeBytes(file: string): Promise<string> {
  const log = await readFile(`${file}.log`, 'utf8').catch(() => '');
  return (await readFile(file, 'utf8')) + log;
}
