import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as yamlModule from 'yaml';
import { sha256, specJsonPath, specPath } from './spec-files.ts';

/** A parsed OpenAPI document: plain JSON data, read once per process. */
export type SpecDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
};

const cache = new Map<string, SpecDocument>();

export function loadSpec(api: string): SpecDocument {
  let spec = cache.get(api);
  if (!spec) {
    spec = readSpec(api);
    cache.set(api, spec);
  }
  return spec;
}

/** The generated JSON when it matches the YAML; the YAML itself while a spec is being edited. */
function readSpec(api: string): SpecDocument {
  const yamlText = readFileSync(specPath(api), 'utf8');
  try {
    const generated = JSON.parse(readFileSync(specJsonPath(api), 'utf8')) as {
      sha256: string;
      spec: SpecDocument;
    };
    if (generated.sha256 === sha256(yamlText)) return generated.spec;
  } catch {
    // Missing or unreadable: parse the YAML.
  }
  // The YAML parser loads only while a spec is being edited, never in an installed package.
  const { parse } = createRequire(import.meta.url)('yaml') as typeof yamlModule;
  return parse(yamlText) as SpecDocument;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface SpecOperation {
  method: string;
  path: string;
  operationId: string;
  operation: Record<string, unknown>;
}

export function operationsOf(spec: SpecDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      operations.push({ method, path, operationId: String(operation.operationId), operation });
    }
  }
  return operations;
}

const operationIndexes = new WeakMap<SpecDocument, Map<string, SpecOperation>>();

/** The operation with this operationId, from an index built once per spec. */
export function operationById(spec: SpecDocument, operationId: string): SpecOperation | undefined {
  let index = operationIndexes.get(spec);
  if (!index) {
    index = new Map(operationsOf(spec).map((operation) => [operation.operationId, operation]));
    operationIndexes.set(spec, index);
  }
  return index.get(operationId);
}

/** Follows a local `$ref` (`#/components/...`) inside the document. */
export function resolveRef<T>(spec: SpecDocument, value: T | { $ref: string }): T {
  let current: unknown = value;
  for (let hops = 0; isRef(current); hops += 1) {
    if (hops > 20) throw new Error(`$ref cycle at ${current.$ref}`);
    current = pointerGet(spec, current.$ref.slice(1));
  }
  return current as T;
}

function isRef(value: unknown): value is { $ref: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { $ref?: unknown }).$ref === 'string'
  );
}

export function pointerGet(root: unknown, pointer: string): unknown {
  let current = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    current = (current as Record<string, unknown> | undefined)?.[key];
  }
  return current;
}

export function pointerOf(...segments: string[]): string {
  return segments.map((s) => '/' + s.replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}
