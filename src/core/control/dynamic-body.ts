import type * as englishFaker from '@faker-js/faker/locale/en';
import type { JSONSchemaFaker as Generator } from 'json-schema-faker';
import { createRequire } from 'node:module';
import { ApiError } from '../api/errors.ts';
import { SchemaValidator } from '../specs/schemas.ts';
import type { SpecDocument } from '../specs/spec.ts';

let generator: typeof Generator | undefined;

/** json-schema-faker and faker, loaded by the first dynamic answer rather than at every start. */
function jsonSchemaFaker(): typeof Generator {
  if (generator) return generator;
  const load = createRequire(import.meta.url);
  const loaded = (load('json-schema-faker') as { JSONSchemaFaker: typeof Generator })
    .JSONSchemaFaker;
  const { faker } = load('@faker-js/faker/locale/en') as typeof englishFaker;
  // json-schema-faker 0.5 (what Prism's dynamic mode runs), with faker for realistic values;
  // `fillProperties` lets it meet `minProperties` on maps such as Scalingo's 422 `errors`.
  loaded.extend('faker', () => faker);
  loaded.option({
    fillProperties: true,
    alwaysFakeOptionals: false,
    useExamplesValue: false,
    failOnInvalidTypes: false,
  });
  generator = loaded;
  return loaded;
}

/** json-schema-faker misses a few keywords (oneOf inside allOf, dependentRequired); a retry meets them. */
const ATTEMPTS = 25;
const validators = new WeakMap<SpecDocument, SchemaValidator>();

/** A body generated from `schema` (inside `spec`) that the stub's own validation accepts. */
export function dynamicBody(spec: SpecDocument, schema: object): unknown {
  let validator = validators.get(spec);
  if (!validator) {
    validator = new SchemaValidator(spec);
    validators.set(spec, validator);
  }
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    // json-schema-faker edits the schemas it is given: a copy keeps the loaded spec intact.
    const candidate = jsonSchemaFaker().generate(
      structuredClone({ ...schema, components: spec.components }) as never,
    );
    if (validator.errorsOfSchema(schema, candidate).length === 0) return candidate;
  }
  throw new ApiError({
    kind: 'internal',
    message: `facsimile could not generate a body valid against this response's schema in ${ATTEMPTS} attempts`,
  });
}
