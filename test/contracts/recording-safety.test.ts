import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { verifyContracts } from '../../src/core/contracts/verify.ts';
import { createLogger } from '../../src/core/logger.ts';
import { startStub, type RunningStub, type StubOptions } from '../../src/core/serving/server.ts';
import { bearer, call } from '../support/stub.ts';
import { rawRequest } from '../support/raw-request.ts';

interface Recording {
  stub: RunningStub;
  /** The pact directory, two levels below a scratch root. */
  dir: string;
  root: string;
  /** The log lines written so far. */
  log(): string;
}

const opened: Recording[] = [];
afterEach(async () => {
  for (const recording of opened.splice(0)) {
    await recording.stub.close();
    await rm(recording.root, { recursive: true, force: true });
  }
});

async function record(options: Partial<StubOptions['record']> = {}): Promise<Recording> {
  const root = await mkdtemp(join(tmpdir(), 'facsimile-recording-'));
  const dir = join(root, 'a', 'pacts');
  let lines = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines += chunk.toString();
      done();
    },
  });
  const stub = await startStub({
    apis: allApis,
    db: null,
    users: 3,
    record: { dir, consumer: 'web', ...options },
    logger: createLogger({ level: 'warn', pretty: false, destination }),
  });
  const recording = { stub, dir, root, log: () => lines };
  opened.push(recording);
  return recording;
}

const tritonRead = (stub: RunningStub, consumer?: string) =>
  call(`${stub.urlOf('triton')}/demo/users/alice`, 'GET', {
    headers: { ...bearer(), ...(consumer ? { 'x-pact-consumer': consumer } : {}) },
  });

describe('issue 12: recording cannot be turned against the disk', () => {
  it('refuses consumer names that are paths, keeps every other pact, and logs why', async () => {
    const { stub, dir, root, log } = await record();
    for (const consumer of ['../../somewhere/evil', 'sub/dir', '..', '/abs', 'a\\b'])
      expect((await tritonRead(stub, consumer)).status).toBe(200);
    expect((await tritonRead(stub, 'shop-frontend')).status).toBe(200);
    expect((await tritonRead(stub)).status).toBe(200);

    const files = await stub.flushRecording();
    expect(files.map((file) => file.slice(dir.length + 1)).sort()).toEqual([
      'shop-frontend-triton.json',
      'web-triton.json',
    ]);
    expect((await readdir(root)).sort()).toEqual(['a']);
    expect(await readdir(join(root, 'a'))).toEqual(['pacts']);
    expect(existsSync('/somewhere')).toBe(false);
    expect(log()).toContain('x-pact-consumer must be 1 to 100 letters');
  });

  it('survives a request target it cannot parse, and still writes the pacts', async () => {
    const { stub, log } = await record();
    const root = stub.rootUrlOf('triton')!;
    const odd = await rawRequest(root, '//x:abc/');
    expect(odd.status).toBeGreaterThanOrEqual(400);
    expect(odd.status).toBeLessThan(500);
    expect((await tritonRead(stub)).status).toBe(200);
    const [file] = await stub.flushRecording();
    const pact = JSON.parse(await readFile(String(file), 'utf8'));
    expect(pact.interactions.map((i: { request: { path: string } }) => i.request.path)).toContain(
      '/demo/users/alice',
    );
    expect(log()).not.toContain('TypeError');
  });
});

describe('issue 12: recorded pacts hold no secret, and still verify green', () => {
  it('replaces passwords, generated credentials and exchanged tokens', async () => {
    const { stub } = await record();
    const state = (name: string) => ({ 'x-pact-provider-state': name });
    const secrets: string[] = ['Carol-Secret-7777-xyz', 'q'.repeat(30)];
    const triton = await call(`${stub.urlOf('triton')}/demo/users`, 'POST', {
      headers: { ...bearer(), ...state("no Triton user 'carol'") },
      body: { login: 'carol', email: 'carol@example.com', password: secrets[0] },
    });
    expect(triton.status).toBe(201);
    const db = await call(`${stub.urlOf('scalingo-db')}/api/databases/my-db-123/users`, 'POST', {
      headers: { ...bearer(), ...state("a Scalingo database 'my-db-123' without user 'rec-user'") },
      body: { database_user: { name: 'rec-user', password: secrets[1], password_confirmation: secrets[1] } },
    });
    expect(db.status).toBe(201);
    const reset = await call(
      `${stub.urlOf('scalingo-db')}/api/databases/my-db-123/users/rec-user/reset_password`,
      'POST',
      { headers: { ...bearer(), ...state("a Scalingo database 'my-db-123' with user 'rec-user'") } },
    );
    expect(reset.status).toBe(200);
    secrets.push(reset.body.database_user.password);
    const cs = await call(`${stub.urlOf('computestacks')}/api/users`, 'POST', {
      headers: { ...bearer(), ...state("the ComputeStacks user 'john@example.com'") },
      body: { user: { fname: 'Rec', lname: 'Order' }, provider_server: 'srv1', provider_username: 'rec' },
    });
    expect(cs.status).toBe(201);
    secrets.push(cs.body.user.api.password);
    const exchange = await call(`${stub.urlOf('scalingo')}/v1/tokens/exchange`, 'POST', {
      headers: {
        authorization: `Basic ${Buffer.from(':facsimile-demo').toString('base64')}`,
        ...state("the Scalingo user 'doc-account'"),
      },
      body: {},
    });
    expect(exchange.status).toBe(200);
    secrets.push(exchange.body.token);
    const self = await call(`${stub.urlOf('scalingo')}/v1/users/self`, 'GET', {
      headers: { ...bearer(exchange.body.token), ...state("the Scalingo user 'doc-account'") },
    });
    expect(self.status).toBe(200);

    const files = await stub.flushRecording();
    const text = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n');
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain('Recorded-Secret-0000-facsimile');
    const results = await verifyContracts(allApis, files);
    expect(results.filter((result) => !result.passed)).toEqual([]);
  }, 120_000);
});

describe('issue 12: a recording is bounded and written fast', () => {
  it('stops at its bound with one log line', async () => {
    const { stub, log } = await record({ maxInteractions: 5 });
    for (let index = 0; index < 8; index += 1)
      await call(`${stub.urlOf('triton')}/demo/users/u${index}`, 'GET', { headers: bearer() });
    const [file] = await stub.flushRecording();
    const pact = JSON.parse(await readFile(String(file), 'utf8'));
    expect(pact.interactions).toHaveLength(5);
    expect(log().match(/recording is full/g)).toHaveLength(1);
  });

  it('writes 3,000 interactions in a few seconds', async () => {
    const { stub } = await record();
    const base = stub.urlOf('triton');
    for (let batch = 0; batch < 3000; batch += 20) {
      await Promise.all(
        Array.from({ length: 20 }, (_, at) =>
          call(`${base}/demo/users/u${batch + at}`, 'GET', { headers: bearer() }),
        ),
      );
    }
    const started = performance.now();
    const [file] = await stub.flushRecording();
    const seconds = (performance.now() - started) / 1000;
    const pact = JSON.parse(await readFile(String(file), 'utf8'));
    expect(pact.interactions).toHaveLength(3000);
    expect(seconds).toBeLessThan(3);
  }, 300_000);
});
