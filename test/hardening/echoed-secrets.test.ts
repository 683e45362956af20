import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.ts';
import type { ApiName } from '../../src/core/specs/spec-files.ts';
import { bearer, call, startTestStub, type TestStub } from '../support/stub.ts';

let stub: TestStub;
let logged = '';
beforeAll(async () => {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged += chunk.toString();
      done();
    },
  });
  stub = await startTestStub({
    apiPorts: false,
    logger: createLogger({ level: 'info', pretty: false, destination }),
  });
});
afterAll(() => stub?.dispose());

const journalText = async () => (await call(`${stub.url}/__facsimile/journal`, 'GET')).text;

/** Requests that carry a secret the provider refuses: none may come back, in the answer or the journal. */
const refusals: [ApiName, string, string, Record<string, unknown>, string][] = [
  [
    'triton',
    'POST',
    '/demo/users',
    { login: 'leaky', email: 'l@example.com', password: 'LeakMeNoDigits' },
    'LeakMeNoDigits',
  ],
  [
    'triton',
    'POST',
    '/demo/users',
    { login: 'leaky', email: 'l@example.com', password: 'LeakMe' },
    'LeakMe',
  ],
  [
    'scalingo-db',
    'POST',
    '/api/databases/my-db-123/users',
    {
      database_user: {
        name: 'leaky',
        password: 'LeakShortPw',
        password_confirmation: 'LeakShortPw',
      },
    },
    'LeakShortPw',
  ],
  [
    'scalr',
    'POST',
    '/api/iacp/v3/users',
    { data: { type: 'users', attributes: { email: 'l@example.com', password: 'LeakScalr' } } },
    'LeakScalr',
  ],
];

describe('issue 12: no provider echoes a secret', () => {
  it.each(refusals)(
    '%s %s %s: the refused secret is in neither the answer nor the journal',
    async (api, method, path, body, secret) => {
      const headers =
        api === 'scalr' ? { ...bearer(), 'content-type': 'application/vnd.api+json' } : bearer();
      const answer = await stub.call(api, method, path, { headers, body });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.text).not.toContain(secret);
      expect(await journalText()).not.toContain(secret);
    },
  );

  it('a refused token is not quoted back by any API', async () => {
    const paths: [ApiName, string][] = [
      ['triton', '/demo/users'],
      ['scalingo', '/v1/users/self'],
      ['scalingo-db', '/api/databases/my-db-123/users'],
      ['computestacks', '/api/users'],
      ['scalr', '/api/iacp/v3/users'],
    ];
    for (const [api, path] of paths) {
      const answer = await stub.call(api, 'GET', path, { headers: bearer('LeakToken-0123456789') });
      expect(answer.status, api).toBe(401);
      expect(answer.text, api).not.toContain('LeakToken');
    }
    expect(await journalText()).not.toContain('LeakToken');
  });

  it('URLs are redacted in the log and the journal like bodies', async () => {
    const answer = await stub.call(
      'triton',
      'GET',
      '/demo/users?password=LeakQuery1&access_token=LeakQuery2&limit=5',
      {
        headers: bearer(),
      },
    );
    expect(answer.status).toBeLessThan(500);
    const journal = JSON.parse(await journalText());
    const entry = journal.entries.find((e: { path: string }) => e.path.startsWith('/demo/users?'));
    expect(entry.path).toBe(
      '/demo/users?password=%5Bredacted%5D&access_token=%5Bredacted%5D&limit=5',
    );
    expect(JSON.stringify(journal)).not.toContain('LeakQuery');
    await expect.poll(() => logged).toContain('/triton/demo/users?password=%5Bredacted%5D');
    expect(logged).not.toContain('LeakQuery');
  });
});
