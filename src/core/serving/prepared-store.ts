import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DEFAULT_SEED, DEFAULT_USERS } from '../defaults.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { API_NAMES, specJsonPath, specPath } from '../specs/spec-files.ts';

/**
 * The store a fresh `serve` seeds with the default seed and user count for all five APIs,
 * written by the build (`scripts/prepared-store.ts`) beside the code that reads it: a source
 * checkout run through tsx has none, so it always seeds with the code it runs.
 */
export const PREPARED_STORE = join(import.meta.dirname, '..', '..', 'prepared', 'store.json');

/** The one seeded value that is not deterministic: each store gets its own JWT signing secret. */
const SECRET = /("jwtSecret":")([A-Za-z0-9_-]{43})(")/;

export interface PreparedRequest {
  apis: readonly string[];
  seed: number;
  users: number;
}

/**
 * Puts the prepared store at `db` when a fresh start would seed exactly it (nothing at `db`
 * or its change log, default seed and users, all five APIs), with a fresh JWT secret; seeding
 * it with faker is most of a first `serve`. Answers whether it did.
 */
export async function placePreparedStore(db: string, request: PreparedRequest): Promise<boolean> {
  if (!isDefaultSeeding(request) || !(await preparedIsCurrent())) return false;
  if (await anyExists([db, `${db}.log`, `${db}.log.old`])) return false;
  const text = (await readFile(PREPARED_STORE, 'utf8')).replace(
    SECRET,
    (_all, before: string, _secret, after: string) =>
      `${before}${randomBytes(32).toString('base64url')}${after}`,
  );
  await mkdir(dirname(db), { recursive: true });
  const temporary = `${db}.prepared-${process.pid}`;
  try {
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(text);
      await file.datasync();
    } finally {
      await file.close();
    }
    // Whole or not at all, and never over a store another process placed or seeded meanwhile.
    await link(temporary, db);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}

function isDefaultSeeding({ apis, seed, users }: PreparedRequest): boolean {
  return (
    seed === DEFAULT_SEED &&
    users === DEFAULT_USERS &&
    apis.length === API_NAMES.length &&
    API_NAMES.every((name) => apis.includes(name))
  );
}

/** Not older than a fixture or spec it was seeded from (a checkout's edit since the build). */
async function preparedIsCurrent(): Promise<boolean> {
  const prepared = await stat(PREPARED_STORE).catch(() => undefined);
  if (!prepared) return false;
  const sources = [
    ...API_NAMES.map((name) => join(PROJECT_ROOT, 'fixtures', `${name}.yaml`)),
    ...API_NAMES.flatMap((name) => [specPath(name), specJsonPath(name)]),
  ];
  for (const source of sources) {
    const at = await stat(source).catch(() => undefined);
    if (at && at.mtimeMs > prepared.mtimeMs) return false;
  }
  return true;
}

async function anyExists(paths: string[]): Promise<boolean> {
  for (const path of paths) if (await lstat(path).catch(() => undefined)) return true;
  return false;
}
