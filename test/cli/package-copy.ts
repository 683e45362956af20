import { cp, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from './support.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/** What `npm pack` ships and the built command reads, from this checkout's build. */
const PACKED = [
  'package.json',
  'bin',
  'dist',
  'spec',
  'src/generated',
  'src/core/pages/static',
  'fixtures',
];

/** The built package in a folder of its own (file times kept), for a test to damage a file of it. */
export async function packageCopy(): Promise<{ root: string; prepared: string }> {
  const root = await tempDir();
  for (const path of PACKED)
    await cp(join(ROOT, path), join(root, path), { recursive: true, preserveTimestamps: true });
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return { root, prepared: join(root, 'dist', 'prepared', 'store.json') };
}
