import { describe, expect, it } from 'vitest';
import { API_NAMES } from '../../src/core/specs/spec-files.ts';
import { loadSpec, operationsOf, type SpecDocument } from '../../src/core/specs/spec.ts';
import { documentCoverage } from './document-coverage.ts';

const normalise = (path: string) => path.replace(/\{[^}]+\}/g, '{}');

function collectNames(spec: SpecDocument) {
  const properties = new Set<string>();
  const parameters = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.in === 'string' && typeof record.name === 'string')
      parameters.add(record.name);
    if (record.properties && typeof record.properties === 'object') {
      Object.keys(record.properties).forEach((key) => properties.add(key));
    }
    Object.values(record).forEach(walk);
  };
  walk(spec);
  return { properties, parameters };
}

describe.each(API_NAMES)('spec/%s.yaml covers its provider document', (api) => {
  const spec = loadSpec(api);
  const expected = documentCoverage[api]!;
  const operations = operationsOf(spec).map((op) => ({
    ...op,
    key: `${op.method} ${normalise(op.path)}`,
  }));
  const { properties, parameters } = collectNames(spec);
  const text = JSON.stringify(spec);

  it.each([...expected.operations, ...expected.fromReferences])('has $method $path', (want) => {
    const found = operations.find((op) => op.key === `${want.method} ${want.path}`);
    expect(found, `${want.method.toUpperCase()} ${want.path} is missing`).toBeDefined();
    if ('operationId' in want && want.operationId)
      expect(found?.operationId).toBe(want.operationId);
    const responses = Object.keys((found?.operation.responses as object | undefined) ?? {});
    const statuses = (('statuses' in want && want.statuses) || []) as string[];
    for (const status of statuses) expect(responses).toContain(status);
  });

  it('describes every field the document shows', () => {
    expect(expected.fields.filter((field) => !properties.has(field))).toEqual([]);
  });

  it('describes every parameter the document shows', () => {
    expect(expected.parameters.filter((name) => !parameters.has(name))).toEqual([]);
  });

  it('keeps every documented value (ids, enums, example data)', () => {
    expect(expected.values.filter((value) => !text.includes(value))).toEqual([]);
  });
});
