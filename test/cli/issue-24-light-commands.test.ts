// Issue 24: `facsimile --help` (and any command's help) loads nothing of the server: no
// Express, no validator, no provider module, no faker, no logger, no YAML parser.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, tempDir } from './support.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const HOOK = join(ROOT, 'test', 'support', 'module-loads.mjs');
const SERVER_PARTS =
  /\/(core\/serving|core\/state|core\/control|core\/admin|apis)\/|node_modules\/(express|express-openapi-validator|@faker-js|pino|yaml|ajv)\//;

afterEach(cleanUp);

async function modulesLoadedBy(args: string[]): Promise<string[]> {
  const file = join(await tempDir(), 'loads.txt');
  const { stdout } = await run(
    process.execPath,
    ['--import', HOOK, join(ROOT, 'bin', 'facsimile.js'), ...args],
    { env: { ...process.env, MODULE_LOADS_FILE: file }, cwd: ROOT },
  );
  expect(stdout).toContain('Usage: facsimile');
  return (await readFile(file, 'utf8')).split('\n').filter(Boolean);
}

describe('commands that do not serve load nothing of the server (issue 24)', () => {
  it.each([
    [['--help']],
    [['serve', '--help']],
    [['reset', '--help']],
    [['contracts', '--help']],
    [['repair', '--help']],
  ])(
    'facsimile %s',
    async (args) => {
      const loaded = await modulesLoadedBy(args);
      expect(loaded.length).toBeGreaterThan(0);
      // The PostgreSQL URL check (a leaf module that imports nothing) is the one part of state read.
      const server = loaded.filter(
        (url) => SERVER_PARTS.test(url) && !/\/postgres\/url\.[jt]s$/.test(url),
      );
      expect(server).toEqual([]);
    },
    30_000,
  );
});
