import { mkdir, rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiName } from '../../src/core/specs/spec-files.ts';
import { exampleOf } from '../support/examples.ts';
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

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const CPANEL_USER = {
  user: { fname: 'Deep', lname: 'Body', email: 'deep@example.com', locale: 'en', currency: 'usd' },
  provider: 'cpanel',
  provider_server: 'server1.example.com',
  provider_username: 'deep',
};

async function postRaw(stub: TestStub, api: ApiName, path: string, text: string, type: string) {
  const answer = await fetch(`${stub.urlOf(api)}${path}`, {
    method: 'POST',
    headers: { ...bearer(), 'content-type': type },
    body: text,
  });
  return { status: answer.status, text: await answer.text() };
}

describe('a change is all or nothing (issue 11)', () => {
  it.each<[ApiName, string, string, RegExp]>([
    ['computestacks', '/api/users', 'application/json', /"errors"/],
    ['triton', '/demo/users', 'application/json', /"code":"InvalidContent"|"code":"BadRequest"/],
    ['scalr', '/api/iacp/v3/users', 'application/vnd.api+json', /"errors"/],
    ['scalingo', '/v1/account/profile', 'application/json', /"error"/],
  ])(
    '%s refuses a body nesting 20,000 deep up front, as unparsable JSON in its own envelope, and keeps working',
    async (api, path, type, envelope) => {
      const stub = await started();
      const body =
        api === 'computestacks'
          ? JSON.stringify(CPANEL_USER).replace(/}$/, `,"labels":${nested(20_000)}}`)
          : `{"user":${nested(20_000)}}`;
      const before = JSON.stringify(stub.runtime.dataOf(api));
      const answer = await postRaw(stub, api, path, body, type);
      // Answered as the provider answers a body its JSON parser refuses.
      const unparsable = await postRaw(stub, api, path, '{', type);
      expect(answer.status).toBe(unparsable.status);
      expect([400, 422]).toContain(answer.status);
      expect(answer.text).toMatch(envelope);
      expect(answer.text).not.toMatch(/\/(tmp|home|work|usr)\//);
      expect(JSON.stringify(stub.runtime.dataOf(api))).toBe(before);
      // The store still takes writes and snapshots.
      const created = await stub.call('computestacks', 'POST', '/api/users', {
        headers: bearer(),
        body: CPANEL_USER,
      });
      expect(created.status).toBe(201);
      const snapshot = await fetch(`${stub.url}/__facsimile/snapshots/after-deep`, {
        method: 'PUT',
      });
      expect(snapshot.status).toBe(201);
    },
  );

  it('a body just under the limit is still read', async () => {
    const stub = await started();
    const answer = await postRaw(
      stub,
      'computestacks',
      '/api/users',
      JSON.stringify(CPANEL_USER).replace(/}$/, `,"labels":{"cpanel":${nested(50)}}}`),
      'application/json',
    );
    expect(answer.status).not.toBe(400);
    expect(answer.status).toBeLessThan(500);
  });

  it('a write that cannot reach the disk answers 503 in the provider’s format and changes nothing', async () => {
    const stub = await started();
    // The change log's place taken by a folder: every append fails.
    await rm(`${stub.dbFile}.log`, { force: true });
    await mkdir(`${stub.dbFile}.log`);
    const failed = await stub.call('triton', 'POST', '/demo/users', {
      headers: bearer(),
      body: { login: 'unstored', email: 'unstored@example.com', password: 'Unstored-secret-7' },
    });
    expect(failed.status).toBe(503);
    expect(failed.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(JSON.stringify(failed.body)).not.toContain(stub.dbFile);
    const lookup = await stub.call('triton', 'GET', '/demo/users/unstored', { headers: bearer() });
    expect(lookup.status).toBe(404);
    // Scalr's error object says the status it is sent with (issue 18).
    const scalr = await stub.call('scalr', 'POST', '/api/iacp/v3/users', {
      headers: { ...bearer(), 'content-type': 'application/vnd.api+json' },
      body: exampleOf('scalr', 'CreateUserWithPassword'),
    });
    expect(scalr.status).toBe(503);
    expect(scalr.body.errors).toMatchObject([{ status: '503', title: 'Service Unavailable' }]);
    // Once the disk takes writes again, the same create succeeds and is stored.
    await rm(`${stub.dbFile}.log`, { recursive: true, force: true });
    const retried = await stub.call('triton', 'POST', '/demo/users', {
      headers: bearer(),
      body: { login: 'unstored', email: 'unstored@example.com', password: 'Unstored-secret-7' },
    });
    expect(retried.status).toBe(201);
    const onDisk = await storeOnDisk(stub.dbFile);
    expect(JSON.stringify(onDisk.apis.triton)).toContain('"unstored"');
  });

  it('a request refused by the provider’s rules changes nothing, even after partial checks', async () => {
    const stub = await started();
    const before = JSON.stringify(stub.runtime.dataOf('scalingo-db'));
    const password = 'short';
    const refused = await stub.call('scalingo-db', 'POST', '/api/databases/my-db-123/users', {
      headers: bearer(),
      body: { database_user: { name: 'refused', password, password_confirmation: password } },
    });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(stub.runtime.dataOf('scalingo-db'))).toBe(before);
  });
});
