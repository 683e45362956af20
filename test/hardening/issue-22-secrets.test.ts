import { readFile, rm } from 'node:fs/promises';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { startStub, type RunningStub } from '../../src/core/serving/server.ts';
import type { ApiName } from '../../src/core/specs/spec-files.ts';
import { storeOnDisk } from '../support/store-on-disk.ts';
import { bearer, call, startTestStub, type TestStub } from '../support/stub.ts';

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apiPorts: false });
});
afterAll(() => stub?.dispose());

const journalText = async () => (await call(`${stub.url}/__facsimile/journal`, 'GET')).text;
const basic = (token: string) => ({
  authorization: `Basic ${Buffer.from(`:${token}`).toString('base64')}`,
});

describe('issue 22 (4): a body that is not JSON is never quoted back', () => {
  const writes: [ApiName, string, string][] = [
    ['triton', 'POST', '/demo/users'],
    ['scalingo', 'PUT', '/v1/users/account'],
    ['scalingo-db', 'POST', '/api/databases/my-db-123/users'],
    ['computestacks', 'POST', '/api/users'],
    ['scalr', 'POST', '/api/iacp/v3/users'],
  ];
  it.each(writes)('%s %s %s', async (api, method, path) => {
    const type = api === 'scalr' ? 'application/vnd.api+json' : 'application/json';
    const answer = await stub.call(api, method, path, {
      headers: { ...bearer(), 'content-type': type },
      body: 'password=Sx9-LeakedPrefix&login=eve',
      raw: true,
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    for (const fragment of ['password=', 'Sx9', '"p"', "'p'"]) {
      expect(answer.text).not.toContain(fragment);
      expect(await journalText()).not.toContain(fragment);
    }
  });

  it('nor by the admin API', async () => {
    const answer = await call(`${stub.url}/__facsimile/provider-states`, 'POST', {
      headers: { 'content-type': 'application/json' },
      body: 'password=Sx9-LeakedPrefix',
      raw: true,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('the body is not valid JSON');
  });
});

describe('issue 22 (6): Scalingo tokens cannot be forged', () => {
  let other: RunningStub;
  let otherFile: string;
  beforeAll(async () => {
    otherFile = `${stub.dbFile}.other.json`;
    other = await startStub({ apis: allApis, db: otherFile, users: 3, apiPorts: false });
  });
  afterAll(async () => {
    await other?.close();
    for (const file of [otherFile, `${otherFile}.log`, `${otherFile}.lock`])
      await rm(file, { force: true });
  });

  const exchange = async (base: string) =>
    call(`${base}/scalingo/v1/tokens/exchange`, 'POST', {
      headers: basic('facsimile-demo'),
      body: {},
    });

  it('a token from one store, seeded alike, is refused by another', async () => {
    const mine = await exchange(stub.url);
    expect(mine.status).toBe(200);
    const self = (base: string, token: string) =>
      call(`${base}/scalingo/v1/users/self`, 'GET', { headers: bearer(token) });
    expect((await self(stub.url, mine.body.token)).status).toBe(200);
    expect((await self(other.url, mine.body.token)).status).toBe(401);
  });

  it('the secret is kept in the store, across a restart, and never shown', async () => {
    const secret = ((await storeOnDisk(stub.dbFile)).apis.scalingo as { jwtSecret: string })
      .jwtSecret;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const state = await call(`${stub.url}/__facsimile/state/scalingo`, 'GET');
    expect(state.status).toBe(200);
    expect(state.text).not.toContain(secret);
    expect(await journalText()).not.toContain(secret);
    const token = (await exchange(other.url)).body.token;
    await other.close();
    const kept = ((await storeOnDisk(otherFile)).apis.scalingo as { jwtSecret: string }).jwtSecret;
    expect(await readFile(otherFile, 'utf8')).toContain(kept);
    other = await startStub({ apis: allApis, db: otherFile, users: 3, apiPorts: false });
    const again = await call(`${other.url}/scalingo/v1/users/self`, 'GET', {
      headers: bearer(token),
    });
    expect(again.status).toBe(200);
  });

  it('a token signed with the store secret but without exp, or past it, is refused', async () => {
    const secret = new TextEncoder().encode(
      ((await storeOnDisk(stub.dbFile)).apis.scalingo as { jwtSecret: string }).jwtSecret,
    );
    const uuid = (await call(`${stub.url}/scalingo/v1/users/self`, 'GET', { headers: bearer() }))
      .body.user.id;
    const base = () =>
      new SignJWT({ uuid }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer('Scalingo');
    const forever = await base().setIssuedAt().sign(secret);
    const expired = await base()
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(secret);
    const valid = await base().setIssuedAt().setExpirationTime('1h').sign(secret);
    const self = (token: string) =>
      call(`${stub.url}/scalingo/v1/users/self`, 'GET', { headers: bearer(token) });
    expect((await self(valid)).status).toBe(200);
    for (const token of [forever, expired]) {
      const refused = await self(token);
      expect(refused.status).toBe(401);
      expect(typeof refused.body.error).toBe('string');
    }
  });
});

describe('issue 22 (7): Scalingo PUT /v1/users/account needs current_password', () => {
  it('a password change without it is 422 can’t be blank, and the password stays', async () => {
    const change = (user: Record<string, string>) =>
      stub.call('scalingo', 'PUT', '/v1/users/account', { headers: bearer(), body: { user } });
    const withoutCurrent: Record<string, string>[] = [
      { password: 'Taken-Over-123', password_confirmation: 'Taken-Over-123' },
      { password: 'Taken-Over-123', current_password: '' },
    ];
    for (const user of withoutCurrent) {
      const refused = await change(user);
      expect(refused.status).toBe(422);
      expect(refused.body).toEqual({ errors: { current_password: ["can't be blank"] } });
      expect(refused.text).not.toContain('Taken-Over');
    }
    const renamed = await change({ fullname: 'Still Me' });
    expect(renamed.status).toBe(200);
    const ok = await change({
      password: 'Taken-Over-123',
      password_confirmation: 'Taken-Over-123',
      current_password: 'facsimile-demo-password',
    });
    expect(ok.status).toBe(200);
  });
});

describe('issue 22 (5): the recorder drops a secret whatever it holds and however deep', () => {
  it('keeps no array, object, number or deeply nested password in the pact', async () => {
    const root = `${stub.dbFile}.pacts`;
    const recording = await startStub({
      apis: allApis,
      db: null,
      users: 3,
      apiPorts: false,
      record: { dir: root, consumer: 'web' },
    });
    try {
      let deep: Record<string, unknown> = { password: 'Deep-Secret-Below-70' };
      for (let level = 0; level < 70; level += 1) deep = { nest: deep };
      const bodies = [
        { login: 'eve', email: 'e@example.com', password: ['Array-Secret-1'] },
        { login: 'eve', email: 'e@example.com', password: { value: 'Object-Secret-2' } },
        { login: 'eve', email: 'e@example.com', password: 987654321 },
        { login: 'eve', email: 'e@example.com', extra: deep },
      ];
      for (const body of bodies) {
        const answer = await call(`${recording.url}/triton/demo/users`, 'POST', {
          headers: bearer(),
          body,
        });
        expect(answer.status).toBeLessThan(500);
      }
      const files = await recording.flushRecording();
      const text = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n');
      expect(text).toContain('/demo/users');
      for (const secret of ['Array-Secret-1', 'Object-Secret-2', '987654321', 'Deep-Secret'])
        expect(text).not.toContain(secret);
    } finally {
      await recording.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
