import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PackSummary } from '../../scripts/figures.ts';
import { buildCommonjs } from '../../scripts/commonjs.ts';
import { writePreparedStore } from '../../scripts/prepared-store.ts';
import { readmeFiles } from './readme.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The test runners and tools a consumer brings; linked from this checkout, not downloaded again. */
const TOOLS = ['vitest', 'jest', 'typescript', 'playwright-core', '@types/node'];

const execute = promisify(execFile);

/** Settings of the test run that must not leak into the consumer's own runners. */
export function consumerEnv(): NodeJS.ProcessEnv {
  const env = Object.entries(process.env).filter(
    ([key]) => !/^(VITEST|TINYPOOL|NODE_OPTIONS$|FACSIMILE_URL$|FORCE_COLOR$)/.test(key),
  );
  return { ...Object.fromEntries(env), NO_COLOR: '1' };
}

export async function run(dir: string, command: string, args: string[], timeout = 120_000) {
  return execute(command, args, { cwd: dir, env: consumerEnv(), timeout });
}

/**
 * The package as `npm pack` makes it, from a copy of the checkout's packed files
 * and bundled dependencies, with a fresh build: packing in place would rebuild dist/ under the CLI tests
 * running beside this one. The bundled express-openapi-validator comes from the
 * checkout's node_modules, patched by `npm ci`.
 */
async function pack(dir: string): Promise<{ tarball: string; summary: PackSummary }> {
  const stage = join(dir, 'stage');
  // As `prepack` does: npm's record of the installed tree predates the patch to
  // express-openapi-validator's manifest, and would bundle the types it no longer depends on.
  await rm(join(ROOT, 'node_modules', '.package-lock.json'), { force: true });
  const listed = await run(ROOT, 'npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
  const { files, bundled } = (
    JSON.parse(listed.stdout) as { files: { path: string }[]; bundled: string[] }[]
  )[0]!;
  for (const { path } of files)
    if (!/^(dist|node_modules)\//.test(path)) await cp(join(ROOT, path), join(stage, path));
  for (const name of bundled)
    await cp(join(ROOT, 'node_modules', name), join(stage, 'node_modules', name), {
      recursive: true,
    });
  await run(ROOT, process.execPath, [
    join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
    ...['-p', 'tsconfig.build.json', '--outDir', join(stage, 'dist')],
  ]);
  await buildCommonjs(join(stage, 'dist', 'testing', 'index.cjs'));
  await writePreparedStore(join(stage, 'dist', 'prepared', 'store.json'));
  const packed = await run(stage, 'npm', [
    'pack',
    '--json',
    '--ignore-scripts',
    '--pack-destination',
    dir,
  ]);
  await rm(stage, { recursive: true });
  const summary = (JSON.parse(packed.stdout) as (PackSummary & { filename: string })[])[0]!;
  return { tarball: join(dir, summary.filename), summary };
}

/** `npx jest` and the like, as npm links a package's commands when it installs it. */
async function linkBins(dir: string, tool: string): Promise<void> {
  const manifest = JSON.parse(
    await readFile(join(ROOT, 'node_modules', tool, 'package.json'), 'utf8'),
  ) as { bin?: string | Record<string, string> };
  const bins = typeof manifest.bin === 'string' ? { [tool]: manifest.bin } : (manifest.bin ?? {});
  for (const [name, file] of Object.entries(bins)) {
    const link = join(dir, 'node_modules', '.bin', name);
    await rm(link, { force: true });
    await symlink(join('..', tool, file), link);
  }
}

export interface ConsumerProject {
  dir: string;
  tarball: string;
  /** What `npm pack` said of the tarball: its size, unpacked size and file count. */
  summary: PackSummary;
  /** What `npm install` printed. */
  installLog: string;
}

/**
 * A throwaway project holding the packed tarball, installed as a consumer
 * installs it (npm's defaults: no dependency's script runs unless approved),
 * beside the example files in `consumer/` and the files the README's code blocks
 * spell out.
 */
export async function consumerProject(): Promise<ConsumerProject> {
  const dir = await mkdtemp(join(tmpdir(), 'facsimile-consumer-'));
  const { tarball, summary } = await pack(dir);
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const installed = await run(dir, 'npm', [
    'install',
    tarball,
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
  ]);
  await mkdir(join(dir, 'node_modules', '.bin'), { recursive: true });
  for (const tool of TOOLS) {
    await mkdir(join(dir, 'node_modules', tool, '..'), { recursive: true });
    await rm(join(dir, 'node_modules', tool), { recursive: true, force: true });
    await symlink(join(ROOT, 'node_modules', tool), join(dir, 'node_modules', tool));
    await linkBins(dir, tool);
  }
  for (const file of await readdir(join(import.meta.dirname, 'consumer')))
    await cp(join(import.meta.dirname, 'consumer', file), join(dir, file));
  for (const [name, text] of readmeFiles()) await writeFile(join(dir, name), text);
  return { dir, tarball, summary, installLog: installed.stdout + installed.stderr };
}
