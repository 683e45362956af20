import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { SpecDocument } from './spec.ts';

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * Validates values against schemas inside one OpenAPI document, addressed by
 * JSON pointer (`/components/schemas/User`). Validators compile once.
 */
export class SchemaValidator {
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();
  readonly #inline = new WeakMap<object, ValidateFunction>();

  constructor(spec: SpecDocument) {
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.#ajv);
    this.#ajv.addSchema(spec as object, 'spec');
  }

  /** Returns the errors of `value` against the schema at `pointer`, or `[]`. */
  errors(pointer: string, value: unknown): ErrorObject[] {
    let validate = this.#compiled.get(pointer);
    if (!validate) {
      validate = this.#ajv.compile({ $ref: `spec#${pointer}` });
      this.#compiled.set(pointer, validate);
    }
    return validate(value) ? [] : [...(validate.errors ?? [])];
  }

  /** Like `errors`, for a schema object found inside the document (its `#/...` refs point into it). */
  errorsOfSchema(schema: object, value: unknown): ErrorObject[] {
    let validate = this.#inline.get(schema);
    if (!validate) {
      const anchored = JSON.parse(JSON.stringify(schema).replaceAll('"#/', '"spec#/')) as object;
      validate = this.#ajv.compile(anchored);
      this.#inline.set(schema, validate);
    }
    return validate(value) ? [] : [...(validate.errors ?? [])];
  }
}

export function describeErrors(errors: ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
}
