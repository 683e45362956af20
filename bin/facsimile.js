#!/usr/bin/env node
// The package's command. It runs the build in dist/: an installed package has nothing else.
// In a checkout (where src/cli.ts exists), right after an edit makes the build older than
// a source file, it runs the TypeScript sources through tsx's loader (a devDependency)
// instead, so the command never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'cli.js');
const sources = join(root, 'src');

function builtAt() {
  try {
    return statSync(built).mtimeMs;
  } catch {
    return -1;
  }
}

function newestSourceAt() {
  let newest = 0;
  for (const file of readdirSync(sources, { recursive: true })) {
    if (file.endsWith('.ts')) newest = Math.max(newest, statSync(join(sources, file)).mtimeMs);
  }
  return newest;
}

if (!existsSync(join(sources, 'cli.ts')) || builtAt() >= newestSourceAt()) {
  await import(built);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
