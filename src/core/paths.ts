import { join } from 'node:path';

/**
 * The project's root, from `src/core` or from its build in `dist/core` alike:
 * specs, fixtures, generated specs and page assets are read from the
 * checkout, never copied into the build.
 */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
