import { join } from 'node:path';

/** The five provider APIs, in the order the banner and the pages list them. */
export const API_NAMES = ['scalingo', 'scalingo-db', 'computestacks', 'triton', 'scalr'] as const;
export type ApiName = (typeof API_NAMES)[number];

/** Every spec in spec/: the five APIs and facsimile's own control plane. */
export const SPEC_NAMES = [...API_NAMES, 'admin'] as const;

export const SPEC_DIR = join(import.meta.dirname, '..', '..', 'spec');

export function specPath(api: string): string {
  return join(SPEC_DIR, `${api}.yaml`);
}

export function isApiName(name: string): name is ApiName {
  return (API_NAMES as readonly string[]).includes(name);
}
