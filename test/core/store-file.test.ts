import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { seedStore } from '../../src/core/state/seeding.ts';
import { readStoreFile, viewOf, writeStoreFile } from '../../src/core/state/file/store-file.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function fileIn(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'facsimile-store-file-'));
  dirs.push(dir);
  return join(dir, 'db.json');
}

describe('the store file', () => {
  const data = seedStore(allApis, { seed: 7, users: 40 });

  it('is one JSON document with a row per line', async () => {
    const file = await fileIn();
    await writeStoreFile(file, viewOf(data as never));
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text)).toEqual(data);
    const triton = (data.apis.triton as { users: unknown[] }).users;
    for (const row of triton) expect(text).toContain(`\n${JSON.stringify(row)}`);
  });

  it('reads back the same, whole or line by line (the way files too big for one string are read)', async () => {
    const file = await fileIn();
    await writeStoreFile(file, viewOf(data as never));
    expect(await readStoreFile(file)).toEqual(data);
    expect(await readStoreFile(file, 0)).toEqual(data);
  });

  it('keeps empty lists, odd keys and strings with line breaks', async () => {
    const file = await fileIn();
    const odd = {
      meta: { format: 1, seed: 1, users: 0 },
      apis: {
        'a"b': { empty: [], text: 'line\nbreak\u2028and]},', list: ['x,', '}}', { y: [1, 2] }] },
        last: { n: 0, nothing: null },
      },
    };
    await writeStoreFile(file, viewOf(odd as never));
    expect(await readStoreFile(file, 0)).toEqual(odd);
    expect(await readStoreFile(file)).toEqual(odd);
  });

  it('is absent before the first write', async () => {
    expect(await readStoreFile(await fileIn())).toBeNull();
  });
});
