import type { AnyApiDefinition } from '../core/api.ts';
import type { ApiName } from '../core/spec-files.ts';
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
