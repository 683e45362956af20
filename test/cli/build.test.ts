import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, tempDir } from './support.ts';

afterEach(cleanUp);

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/**
 * A project of the same layout as this one, whose CLI says which copy ran:
 * bin/facsimile.js itself, a source tree, a build, and the real tsx.
 */
async function project(): Promise<{
  dir: string;
  at: (file: string, seconds: number) => Promise<void>;
}> {
  const dir = await tempDir();
  await mkdir(join(dir, 'bin'));
  await mkdir(join(dir, 'src', 'core'), { recursive: true });
  await mkdir(join(dir, 'dist'));
  await copyFile(join(ROOT, 'bin', 'facsimile.js'), join(dir, 'bin', 'facsimile.js'));
  await writeFile(join(dir, 'package.json'), '{"type": "module"}');
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  await writeFile(
    join(dir, 'src', 'cli.ts'),
    "const from: string = 'source';\nconsole.log(from);\n",
  );
  await writeFile(join(dir, 'src', 'core', 'other.ts'), 'export {};\n');
  await writeFile(join(dir, 'dist', 'cli.js'), "console.log('build');\n");
  const at = (file: string, seconds: number) =>
    utimes(join(dir, file), new Date(seconds * 1000), new Date(seconds * 1000));
  return { dir, at };
}

const ran = async (dir: string) =>
  (await run(process.execPath, [join(dir, 'bin', 'facsimile.js')])).stdout.trim();

describe('the facsimile command', () => {
  it('runs the build while it is newer than every source file, and the sources otherwise', async () => {
    const { dir, at } = await project();
    await at('src/cli.ts', 1_000);
    await at('src/core/other.ts', 1_000);
    await at('dist/cli.js', 2_000);
    expect(await ran(dir)).toBe('build');

    // One edit anywhere under src/, however deep, makes the build stale.
    await at('src/core/other.ts', 3_000);
    expect(await ran(dir)).toBe('source');
  });

  it('runs the build in an installed package, which has no sources, whatever the dates', async () => {
    const { dir, at } = await project();
    await rm(join(dir, 'src', 'cli.ts'));
    await at('src/core/other.ts', 3_000);
    await at('dist/cli.js', 1_000);
    expect(await ran(dir)).toBe('build');
  });

  it('runs the sources when there is no build', async () => {
    const { dir } = await project();
    await rm(join(dir, 'dist', 'cli.js'));
    expect(await ran(dir)).toBe('source');
  });
});
