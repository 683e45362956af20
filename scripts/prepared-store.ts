// Writes the store a fresh `serve` seeds with the default seed and user count (all five APIs)
// to dist/prepared/store.json, and its SHA-256 beside it: part of `npm run build`, and of the package test's own build.
// A fresh `serve` then copies it instead of generating the same faker data at every start.
import { mkdtemp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { allApis } from '../src/apis/index.ts';
import { DEFAULT_SEED, DEFAULT_USERS } from '../src/core/defaults.ts';
import { Runtime, storeAt } from '../src/core/state/index.ts';
import { digestOf } from '../src/core/state/prepared-store.ts';

const ROOT = join(import.meta.dirname, '..');

/** Seeds a store exactly as `serve` does on a fresh folder, and keeps its file as `outfile`. */
export async function writePreparedStore(
  outfile = join(ROOT, 'dist', 'prepared', 'store.json'),
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'facsimile-prepared-'));
  try {
    const db = join(dir, 'db.json');
    const runtime = await Runtime.start(
      storeAt(db),
      allApis,
      { seed: DEFAULT_SEED, users: DEFAULT_USERS },
      () => {},
    );
    await runtime.close();
    await mkdir(dirname(outfile), { recursive: true });
    await rename(db, outfile);
    await writeFile(`${outfile}.sha256`, `${digestOf(await readFile(outfile, 'utf8'))}\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) await writePreparedStore();
