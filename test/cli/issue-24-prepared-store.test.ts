// Issue 24: a fresh `serve` with the default seed and user count starts from the demo store
// the build prepared (dist/prepared/store.json) instead of generating it with faker. That
// store must be, byte for byte, the one seeding writes, but for the JWT secret each store
// gets of its own.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { DEFAULT_USERS } from '../../src/core/defaults.ts';
import { PREPARED_STORE } from '../../src/core/state/prepared-store.ts';
import { cleanUp, serveCli, tempDir } from './support.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SHIPPED = join(ROOT, 'dist', 'prepared', 'store.json');
const SECRET = /"jwtSecret":"([A-Za-z0-9_-]{43})"/;
/** tsx's loader, found from this checkout (the command runs in a bare temp folder). */
const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const AUTH = { authorization: 'Bearer facsimile-demo' };

afterEach(cleanUp);

const withoutSecret = (text: string) => text.replace(SECRET, '"jwtSecret":"…"');

/**
 * `serve` on a fresh folder, stopped once it answered: its store file and debug log. `fromSources`
 * runs the TypeScript sources, which have no prepared store beside them: that serve seeds.
 */
async function servedFresh(fromSources = false): Promise<{ store: string; log: string }> {
  const db = join(await tempDir(), 'state', 'db.json');
  const args = ['--no-api-ports', '--db', db, '--log-level', 'debug'];
  const cli = fromSources
    ? await serveCli(args, { node: ['--import', TSX, join(ROOT, 'src', 'cli.ts')] })
    : await serveCli(args);
  const answer = await fetch(`${cli.url}/scalingo/v1/users/self`, { headers: AUTH });
  expect(answer.status).toBe(200);
  cli.child.kill('SIGTERM');
  expect(await cli.exited).toBe(0);
  return { store: await readFile(db, 'utf8'), log: cli.stderr() };
}

describe('the prepared demo store (issue 24)', () => {
  it('the build ships it where the built server reads it', () => {
    expect(existsSync(SHIPPED), 'dist/prepared/store.json: run `npm run build`').toBe(true);
    // The server looks for it two folders up from its own module (dist/core/serving).
    expect(PREPARED_STORE).toBe(join(ROOT, 'src', 'prepared', 'store.json'));
  });

  it('equals the store a serve seeds with faker, byte for byte, the JWT secret aside', async () => {
    const seeded = await servedFresh(true);
    expect(seeded.log).not.toMatch(/prepared demo store/);
    const shipped = await readFile(SHIPPED, 'utf8');
    expect(shipped).toMatch(SECRET);
    expect(withoutSecret(shipped)).toBe(withoutSecret(seeded.store));
  }, 60_000);

  it('a fresh serve starts from it, each store with a secret of its own, and answers from it', async () => {
    const [first, second] = [await servedFresh(), await servedFresh()];
    const shipped = await readFile(SHIPPED, 'utf8');
    expect(first.log).toMatch(/starts from the prepared demo store/);
    expect(first.log).toContain(
      `seeded the store with ${allApis.length * DEFAULT_USERS} demo records`,
    );
    expect(withoutSecret(first.store)).toBe(withoutSecret(shipped));
    const secrets = [first.store, second.store, shipped].map((text) => SECRET.exec(text)?.[1]);
    expect(new Set(secrets).size).toBe(3);
  }, 60_000);
});
