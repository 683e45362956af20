import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The project's root, from `src/core` or from its build in `dist/core` alike:
 * specs, fixtures, generated specs and page assets are read from the
 * checkout, never copied into the build.
 */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** The version in the package's manifest (`--version`, the admin API's health). */
export function packageVersion(): string {
  const manifest = readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}
