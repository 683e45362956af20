import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { startStub } from '../../src/core/serving/server.ts';
import { seedStore } from '../../src/core/state/seeding.ts';
import { SchemaValidator, describeErrors } from '../../src/core/specs/schemas.ts';
import { loadSpec } from '../../src/core/specs/spec.ts';
import { storeOnDisk } from '../support/store-on-disk.ts';
import { bearer, startTestStub, type TestStub } from '../support/stub.ts';

const stubs: TestStub[] = [];
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((stub) => stub.dispose()));
});

async function started(options: Parameters<typeof startTestStub>[0] = {}) {
  const stub = await startTestStub(options);
  stubs.push(stub);
  return stub;
}

describe('state lives in a JSON store file', () => {
  it('keeps an acknowledged change across a restart (write, stop, start, read)', async () => {
    const first = await started();
    const changed = await first.call('scalingo', 'PATCH', '/v1/account/profile', {
      headers: bearer(),
      body: { user: { email: 'persisted@example.com' } },
    });
    expect(changed.status).toBe(200);
    // Acknowledged means on disk (the file and its change log): read them before stopping anything.
    const onDisk = await storeOnDisk(first.dbFile);
    expect(JSON.stringify(onDisk.apis.scalingo)).toContain('persisted@example.com');
    await first.close();

    const second = await startStub({ apis: allApis, db: first.dbFile, apiPorts: false });
    try {
      const self = await fetch(`${second.urlOf('scalingo')}/v1/users/self`, { headers: bearer() });
      expect(((await self.json()) as { user: { email: string } }).user.email).toBe(
        'persisted@example.com',
      );
    } finally {
      await second.close();
    }
  });

  it('seeds byte-identical stores from one seed, but for the random token secret', async () => {
    const a = await started({ seed: 7, users: 5 });
    const b = await started({ seed: 7, users: 5 });
    const c = await started({ seed: 8, users: 5 });
    const secret = /"jwtSecret":"([^"]+)"/;
    const [fileA = '', fileB = '', fileC = ''] = await Promise.all(
      [a, b, c].map((s) => readFile(s.dbFile, 'utf8')),
    );
    // Issue 22: the seed is public, so the Scalingo token secret must not come from it.
    expect(secret.exec(fileA)?.[1]).not.toBe(secret.exec(fileB)?.[1]);
    expect(fileA.replace(secret, '')).toBe(fileB.replace(secret, ''));
    expect(fileA).not.toBe(fileC);
  });

  it('makes a record depend only on (seed, api, index), not on how many records exist', () => {
    const few = seedStore(allApis, { seed: 3, users: 2 });
    const many = seedStore(allApis, { seed: 3, users: 6 });
    const bySchema = (resources: Iterable<{ schema: string; value: unknown }>) => {
      const groups = new Map<string, unknown[]>();
      for (const { schema, value } of resources)
        groups.set(schema, [...(groups.get(schema) ?? []), value]);
      return groups;
    };
    for (const api of allApis) {
      const smaller = bySchema(api.resources(few.apis[api.name]));
      const larger = bySchema(api.resources(many.apis[api.name]));
      for (const [schema, values] of smaller) {
        expect(larger.get(schema)!.slice(0, values.length), `${api.name} ${schema}`).toEqual(
          values,
        );
      }
    }
  });

  it('stores only records that validate against their spec schema', () => {
    const data = seedStore(allApis, { seed: 11, users: 20 });
    for (const api of allApis) {
      const validator = new SchemaValidator(loadSpec(api.name));
      for (const resource of api.resources(data.apis[api.name])) {
        expect(
          describeErrors(validator.errors(resource.schema, resource.value)),
          `${api.name} ${resource.schema}`,
        ).toBe('');
      }
    }
  });

  it('refuses a demo user count past its bound before touching anything', async () => {
    for (const users of [150_001, -1, 2.5])
      await expect(startStub({ apis: allApis, users })).rejects.toThrow(
        'users must be a whole number from 0 to 150000',
      );
  });

  it('writes the file atomically: no partial file is ever visible', async () => {
    const stub = await started();
    expect((await storeOnDisk(stub.dbFile)).meta.format).toBe(1);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        stub.call('scalingo', 'PATCH', '/v1/account/profile', {
          headers: bearer(),
          body: { user: { email: `n${i}@example.com` } },
        }),
      ),
    );
    const text = await readFile(stub.dbFile, 'utf8');
    expect(() => JSON.parse(text)).not.toThrow();
  });
});
