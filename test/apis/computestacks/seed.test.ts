import { describe, expect, it } from 'vitest';
import { computestacksApi } from '../../../src/apis/computestacks/index.ts';
import type { ComputeStacksData } from '../../../src/apis/computestacks/state.ts';
import { SchemaValidator, describeErrors } from '../../../src/core/specs/schemas.ts';
import { seedApi } from '../../../src/core/state/seeding.ts';
import { startStub } from '../../../src/core/serving/server.ts';
import { loadSpec } from '../../../src/core/specs/spec.ts';
import { bearer, startTestStub } from '../../support/stub.ts';
import { basic, createBody } from './setup.ts';

describe('seed and persistence', () => {
  const seed = (users: number) =>
    seedApi(computestacksApi, { seed: 11, users }) as ComputeStacksData;

  it('seeds byte-identical data from one seed, each demo user depending only on its index', () => {
    expect(JSON.stringify(seed(3))).toBe(JSON.stringify(seed(3)));
    expect(seed(4).accounts.slice(0, 3)).toEqual(seed(2).accounts.slice(0, 3));
    expect(seed(2).accounts.map((account) => account.user.id)).toEqual([1, 2, 3]);
  });

  it('seeds only users that meet the spec’s User schema', () => {
    const validator = new SchemaValidator(loadSpec('computestacks'));
    for (const seedNumber of [1, 4010]) {
      const seeded = seedApi(computestacksApi, { seed: seedNumber, users: 40 });
      for (const resource of computestacksApi.resources(seeded as ComputeStacksData))
        expect(describeErrors(validator.errors(resource.schema, resource.value))).toBe('');
    }
  });

  it('keeps a created user across a restart', async () => {
    const first = await startTestStub({ apis: [computestacksApi], apiPorts: false });
    try {
      const created = await first.call('computestacks', 'POST', '/api/users', {
        headers: bearer(),
        body: createBody({ fname: 'Jane', lname: 'Smith' }),
      });
      await first.close();
      const second = await startStub({
        apis: [computestacksApi],
        db: first.dbFile,
        apiPorts: false,
      });
      try {
        const { username, password } = created.body.user.api;
        const response = await fetch(`${second.urlOf('computestacks')}/api/users`, {
          headers: basic(username, password),
        });
        expect(((await response.json()) as { user: { id: number } }).user.id).toBe(
          created.body.user.id,
        );
      } finally {
        await second.close();
      }
    } finally {
      await first.dispose();
    }
  });
});
