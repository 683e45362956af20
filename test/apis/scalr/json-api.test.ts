import { describe, expect, it } from 'vitest';
import type { IncomingHttpHeaders } from 'node:http';
import { document, paginate } from '../../../src/apis/scalr/json-api.ts';

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

describe('page links', () => {
  const url = '/scalr/api/iacp/v3/users?page%5Bsize%5D=2&query=a';
  const selfLink = (headers: IncomingHttpHeaders) =>
    paginate([1, 2, 3], { number: 1, size: 2 }, { method: 'GET', url, originalUrl: url, headers })
      .links.self;

  it('name each page, the first ones kept and later ones built', () => {
    const rows = Array.from({ length: 60 }, (_, at) => at);
    for (const number of [1, 2, 15, 16, 17, 29, 30, 31, 2])
      expect(
        paginate(
          rows,
          { number, size: 2 },
          { method: 'GET', url, originalUrl: url, headers: { host: 'a.test' } },
        ).links,
      ).toMatchObject({
        self: `http://a.test/scalr/api/iacp/v3/users?page%5Bnumber%5D=${number}&page%5Bsize%5D=2&query=a`,
        last: expect.stringContaining('page%5Bnumber%5D=30&') as unknown,
      });
  });

  it('name the origin each request used, however often one URL is paged', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(selfLink({ host: 'a.test' })).toBe(
        'http://a.test/scalr/api/iacp/v3/users?page%5Bnumber%5D=1&page%5Bsize%5D=2&query=a',
      );
      expect(selfLink({ host: 'b.test:8080' })).toMatch(/^http:\/\/b\.test:8080\//);
      expect(selfLink({ host: 'a.test', 'x-forwarded-host': 'undefined' })).toMatch(
        /^http:\/\/undefined\//,
      );
      expect(selfLink({ host: 'a.test', 'x-forwarded-proto': 'https' })).toMatch(
        /^https:\/\/a\.test\//,
      );
    }
  });
});
