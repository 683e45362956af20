import { loadSpec, resolveRef } from '../../src/core/specs/spec.ts';

/** The value of a named example in `spec/<api>.yaml`: what the provider document shows. */
export function exampleOf<T = unknown>(api: string, name: string): T {
  const example = loadSpec(api).components?.examples?.[name];
  if (!example) throw new Error(`spec/${api}.yaml has no example ${name}`);
  return structuredClone(resolveRef<{ value: T }>(loadSpec(api), example as { value: T }).value);
}
