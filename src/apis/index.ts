import type { AnyApiDefinition } from '../core/api/index.ts';
import type { ApiName } from '../core/specs/spec-files.ts';
import { scalingoApi } from './scalingo/index.ts';
import { computestacksApi } from './computestacks/index.ts';
import { scalingoDbApi } from './scalingo-db/index.ts';
import { scalrApi } from './scalr/index.ts';
import { tritonApi } from './triton/index.ts';

/** The provider APIs facsimile serves, in banner order. */
export const allApis: readonly AnyApiDefinition[] = [
  scalingoApi,
  scalingoDbApi,
  computestacksApi,
  tritonApi(),
  scalrApi,
];

export function apisNamed(names: readonly ApiName[]): AnyApiDefinition[] {
  return allApis.filter((api) => names.includes(api.name));
}

export interface ServedApisOptions {
  /** Only these APIs (default: all five). */
  names?: readonly ApiName[] | undefined;
  /** Public key files whose signatures Triton accepts for any account (`--triton-key`). */
  tritonKeys?: readonly string[] | undefined;
}

/** The APIs `facsimile serve` runs, Triton built with the trusted keys when some are given. */
export function servedApis(options: ServedApisOptions = {}): AnyApiDefinition[] {
  const apis = options.names ? apisNamed(options.names) : [...allApis];
  if (!options.tritonKeys?.length) return apis;
  const triton = tritonApi({ trustedKeyFiles: options.tritonKeys });
  return apis.map((api) => (api.name === 'triton' ? triton : api));
}
