import { describe, expect, it } from 'vitest';
import { document } from '../../../src/apis/scalr/json-api.ts';

/** A resource whose `id` counts how often it is read. */
function counted(id: string) {
  const reads = { count: 0 };
  const resource = {
    get id() {
      reads.count += 1;
      return id;
    },
    type: 'account-users',
  };
  return { resource, reads };
}

describe('a JSON:API document', () => {
  it('walks a listed resource found in key order once, however often it is served', () => {
    const { resource, reads } = counted('au-1');
    const first = document(200, { data: [resource], meta: { pagination: {} } });
    const second = document(200, { data: [resource], meta: { pagination: {} } });
    expect(reads.count).toBe(1);
    expect(first.body).toEqual({
      data: [{ id: 'au-1', type: 'account-users' }],
      meta: { pagination: {} },
    });
    expect((second.body as { data: unknown[] }).data[0]).toBe(resource);
  });

  it('still sorts the members of a resource stored out of key order, every time', () => {
    const resource = {
      type: 'users',
      id: 'user-1',
      attributes: { status: 'Active', email: 'a@b' },
    };
    for (let round = 0; round < 2; round += 1) {
      const { body } = document(200, { data: [resource] });
      expect(JSON.stringify(body)).toBe(
        '{"data":[{"attributes":{"email":"a@b","status":"Active"},"id":"user-1","type":"users"}]}',
      );
    }
  });
});
