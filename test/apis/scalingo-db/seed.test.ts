import { describe, expect, it } from 'vitest';
import { scalingoDbApi } from '../../../src/apis/scalingo-db/index.ts';
import type { ScalingoDbData } from '../../../src/apis/scalingo-db/state.ts';
import { SchemaValidator, describeErrors } from '../../../src/core/specs/schemas.ts';
import { seedApi } from '../../../src/core/state/seeding.ts';
import { loadSpec } from '../../../src/core/specs/spec.ts';

const NAME_PATTERN = /^(?!.*--)[a-z0-9][a-z0-9-]{4,30}[a-z0-9]$/;

describe('Scalingo DB seed', () => {
  const seed = (seedNumber: number, users: number) =>
    seedApi(scalingoDbApi, { seed: seedNumber, users }) as ScalingoDbData;

  it('is byte-identical for one seed, different for another, and per-index stable', () => {
    expect(JSON.stringify(seed(7, 5))).toBe(JSON.stringify(seed(7, 5)));
    expect(JSON.stringify(seed(7, 5))).not.toBe(JSON.stringify(seed(8, 5)));
    expect(seed(3, 9).users.slice(0, -3)).toEqual(seed(3, 6).users);
  });

  it('spreads the demo users over the demo databases, with valid unique names', () => {
    const data = seed(11, 40);
    expect(data.databases).toHaveLength(4);
    for (const database of data.databases) {
      const names = data.users
        .filter((row) => row.database === database.id)
        .map((row) => row.user.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toContain(database.name);
    }
    for (const row of data.users.filter((r) => !r.user.protected && r.user.name !== 'metabase'))
      expect(row.user.name).toMatch(NAME_PATTERN);
  });

  it('stores only users that meet the spec’s DatabaseUser schema', () => {
    const validator = new SchemaValidator(loadSpec('scalingo-db'));
    for (const resource of scalingoDbApi.resources(seed(11, 40)))
      expect(describeErrors(validator.errors(resource.schema, resource.value))).toBe('');
  });
});
