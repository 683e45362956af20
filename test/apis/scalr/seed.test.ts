import { describe, expect, it } from 'vitest';
import { scalrApi } from '../../../src/apis/scalr/index.ts';
import type { ScalrData } from '../../../src/apis/scalr/state.ts';
import { SchemaValidator, describeErrors } from '../../../src/core/specs/schemas.ts';
import { seedApi } from '../../../src/core/state/seeding.ts';
import { loadSpec } from '../../../src/core/specs/spec.ts';

describe('Scalr seed', () => {
  const seed = (seedNumber: number, users: number) =>
    seedApi(scalrApi, { seed: seedNumber, users }) as ScalrData;

  it('is byte-identical for one seed, different for another, and per-index stable', () => {
    expect(JSON.stringify(seed(7, 5))).toBe(JSON.stringify(seed(7, 5)));
    expect(JSON.stringify(seed(7, 5))).not.toBe(JSON.stringify(seed(8, 5)));
    expect(seed(3, 6).users.slice(0, 4)).toEqual(seed(3, 2).users);
  });

  it('stores only resources that meet their spec schema', () => {
    const validator = new SchemaValidator(loadSpec('scalr'));
    for (const resource of scalrApi.resources(seed(11, 40))) {
      expect(describeErrors(validator.errors(resource.schema, resource.value))).toBe('');
    }
  });
});
