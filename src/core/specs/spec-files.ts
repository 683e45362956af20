import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import { API_NAMES, type ApiName } from './api-names.ts';

// A module of its own, free of file paths: the test helpers' CommonJS bundle carries it.
export { API_NAMES, type ApiName } from './api-names.ts';

/** Every spec in spec/: the five APIs and facsimile's own control plane. */
export const SPEC_NAMES = [...API_NAMES, 'admin'] as const;

export const SPEC_DIR = join(PROJECT_ROOT, 'spec');

export function specPath(api: string): string {
  return join(SPEC_DIR, `${api}.yaml`);
}

/**
 * The spec parsed to JSON by `npm run gen`, with the SHA-256 of the YAML it came from:
 * JSON.parse is a hundred times quicker than parsing the YAML at every start.
 */
export function specJsonPath(api: string): string {
  return join(PROJECT_ROOT, 'src', 'generated', `${api}.spec.json`);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function isApiName(name: string): name is ApiName {
  return (API_NAMES as readonly string[]).includes(name);
}
