// Issue 24: `facsimile --version`, the first thing a new user may type, answers the package's
// version and exits, like `--help`, without loading the server.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, runCli, tempDir } from './support.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const HOOK = join(ROOT, 'test', 'support', 'module-loads.mjs');
const BIN = join(ROOT, 'bin', 'facsimile.js');

afterEach(cleanUp);

describe('facsimile --version (issue 24)', () => {
  it('prints the package version and loads nothing of the server', async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    const loads = join(await tempDir(), 'loads.txt');
    const cli = await runCli(['--version'], {
      node: ['--import', HOOK, BIN],
      env: { MODULE_LOADS_FILE: loads },
    });
    expect(await cli.exited, cli.stderr()).toBe(0);
    expect(cli.stdout()).toBe(`${version}\n`);
    const loaded = (await readFile(loads, 'utf8')).split('\n');
    expect(loaded.filter((url) => /\/core\/serving\/|node_modules\/express\//.test(url))).toEqual(
      [],
    );
  }, 30_000);
});
