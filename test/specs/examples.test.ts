import { describe, expect, it } from 'vitest';
import { SPEC_NAMES } from '../../src/core/specs/spec-files.ts';
import {
  loadSpec,
  operationsOf,
  pointerOf,
  resolveRef,
  type SpecDocument,
} from '../../src/core/specs/spec.ts';
import { SchemaValidator, describeErrors } from '../../src/core/specs/schemas.ts';

interface ExampleCase {
  where: string;
  schemaPointer: string;
  value: unknown;
}

type Node = Record<string, unknown>;

/** Every example attached to a media type, parameter or header, with the schema it must meet. */
function examplesOf(spec: SpecDocument): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const fromHolder = (holder: Node, pointer: string, where: string) => {
    const schemaPointer = `${pointer}/schema`;
    if ('example' in holder) cases.push({ where, schemaPointer, value: holder.example });
    const examples = (holder.examples ?? {}) as Record<string, Node>;
    for (const [name, example] of Object.entries(examples)) {
      const resolved = resolveRef<Node>(spec, example);
      if ('value' in resolved)
        cases.push({ where: `${where} example ${name}`, schemaPointer, value: resolved.value });
    }
  };
  const fromContent = (content: unknown, pointer: string, where: string) => {
    for (const [type, media] of Object.entries((content ?? {}) as Record<string, Node>)) {
      fromHolder(media, `${pointer}/content${pointerOf(type)}`, `${where} ${type}`);
    }
  };
  for (const { method, path, operationId, operation } of operationsOf(spec)) {
    const base = `/paths${pointerOf(path, method)}`;
    const body = operation.requestBody as Node | undefined;
    if (body && !('$ref' in body))
      fromContent(body.content, `${base}/requestBody`, `${operationId} request`);
    for (const [status, response] of Object.entries(
      (operation.responses ?? {}) as Record<string, Node>,
    )) {
      if ('$ref' in response) continue; // checked once below, as a component
      fromContent(
        response.content,
        `${base}/responses${pointerOf(status)}`,
        `${operationId} ${status}`,
      );
    }
    ((operation.parameters ?? []) as Node[]).forEach((parameter, index) => {
      if (!('$ref' in parameter))
        fromHolder(
          parameter,
          `${base}/parameters/${index}`,
          `${operationId} parameter ${String(parameter.name)}`,
        );
    });
  }
  const components = spec.components ?? {};
  for (const [name, response] of Object.entries(
    (components.responses ?? {}) as Record<string, Node>,
  )) {
    fromContent(response.content, `/components/responses${pointerOf(name)}`, `response ${name}`);
  }
  for (const [name, body] of Object.entries(
    (components.requestBodies ?? {}) as Record<string, Node>,
  )) {
    fromContent(
      body.content,
      `/components/requestBodies${pointerOf(name)}`,
      `request body ${name}`,
    );
  }
  for (const kind of ['parameters', 'headers']) {
    for (const [name, holder] of Object.entries((components[kind] ?? {}) as Record<string, Node>)) {
      fromHolder(holder, `/components/${kind}${pointerOf(name)}`, `${kind} ${name}`);
    }
  }
  return cases;
}

describe.each(SPEC_NAMES)('spec/%s.yaml examples', (api) => {
  const spec = loadSpec(api);
  const validator = new SchemaValidator(spec);
  const cases = examplesOf(spec);

  it('has examples to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.where, c] as const))(
    '%s validates against its schema',
    (_where, c) => {
      const errors = validator.errors(c.schemaPointer, c.value);
      expect(describeErrors(errors)).toBe('');
    },
  );
});
