import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { link, lstat, mkdir, open, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DEFAULT_SEED, DEFAULT_USERS } from '../defaults.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { API_NAMES, specJsonPath, specPath } from '../specs/spec-files.ts';

/**
 * The store a fresh `serve` seeds with the default seed and user count for all five APIs,
 * written by the build (`scripts/prepared-store.ts`) beside the code that reads it: a source
 * checkout run through tsx has none, so it always seeds with the code it runs.
 */
export const PREPARED_STORE = join(import.meta.dirname, '..', '..', 'prepared', 'store.json');
/** The build's SHA-256 of that file: a copy cut short or altered since is not the demo store. */
export const PREPARED_DIGEST = `${PREPARED_STORE}.sha256`;

export const digestOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The seeding it holds (the `SeedOptions` of seeding.ts, which imports this module). */
interface SeedOptions {
  seed: number;
  users: number;
}

/** The one seeded value that is not deterministic: each store gets its own JWT signing secret. */
const SECRET = /("jwtSecret":")([A-Za-z0-9_-]{43})(")/;

/**
 * Puts the prepared store at `db` when a fresh start would seed exactly it (nothing at `db`
 * or its change log, default seed and users, all five APIs), with a fresh JWT secret; seeding
 * it with faker is most of a first `serve`. Answers whether it did.
 */
export async function placePreparedStore(
  db: string,
  apis: readonly string[],
  options: SeedOptions,
): Promise<boolean> {
  const allFive = apis.length === API_NAMES.length && API_NAMES.every((api) => apis.includes(api));
  const text = allFive ? preparedText(options) : undefined;
  if (text === undefined) return false;
  if (await anyExists([db, `${db}.log`, `${db}.log.old`])) return false;
  // Named like the store's own temporaries, which the next start clears if a kill leaves one.
  const temporary = join(dirname(db), `.${basename(db)}.prepared-${process.pid}.tmp`);
  try {
    await mkdir(dirname(db), { recursive: true });
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
  } catch {
    // Taken meanwhile, or a folder that refuses the file: the regular start seeds, or says why not.
    return false;
  } finally {
    await rm(temporary, { force: true }).catch(() => {});
  }
}

/** One API's document from the prepared store (a fresh copy, its own JWT secret), if it applies. */
export function preparedDocument(api: string, options: SeedOptions): unknown {
  const text = preparedText(options);
  if (text === undefined) return undefined;
  return (JSON.parse(text) as { apis: Record<string, unknown> }).apis[api];
}

let prepared: string | null | undefined;

/** The prepared store's text with a fresh secret, for the default seeding when it is current. */
function preparedText({ seed, users }: SeedOptions): string | undefined {
  if (seed !== DEFAULT_SEED || users !== DEFAULT_USERS) return undefined;
  prepared ??= isCurrent() ? intactText() : null;
  return prepared?.replace(
    SECRET,
    (_all, before: string, _secret, after: string) =>
      `${before}${randomBytes(32).toString('base64url')}${after}`,
  );
}

/** The prepared store's text if it is the one the build wrote, whole; otherwise seeding runs. */
function intactText(): string | null {
  try {
    const text = readFileSync(PREPARED_STORE, 'utf8');
    const digest = readFileSync(PREPARED_DIGEST, 'utf8').trim();
    return digest === digestOf(text) && SECRET.test(text) ? text : null;
  } catch {
    return null;
  }
}

/** There, and not older than a fixture or spec it was seeded from (a checkout's edit since the build). */
function isCurrent(): boolean {
  const at = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  const built = at(PREPARED_STORE);
  if (built === undefined) return false;
  const sources = API_NAMES.flatMap((api) => [
    join(PROJECT_ROOT, 'fixtures', `${api}.yaml`),
    specPath(api),
    specJsonPath(api),
  ]);
  return sources.every((source) => (at(source) ?? 0) <= built);
}

async function anyExists(paths: string[]): Promise<boolean> {
  for (const path of paths) if (await lstat(path).catch(() => undefined)) return true;
  return false;
}
