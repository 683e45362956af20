import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { bearer, call } from '../support/stub.ts';
import { cleanUp, jsonLines, serveCli, tempDir } from './support.ts';

afterEach(cleanUp);

/** The stub holds the request this long before handling it (`Prefer: delay=`). */
const HELD_MS = 1500;
/** Well inside the hold: the request has reached the stub and waits there. */
const INTO_THE_HOLD_MS = 400;

async function serveWithHeldCreate(login: string) {
  const db = join(await tempDir(), 'db.json');
  const serve = await serveCli(['--db', db, '--users', '2', '--no-api-ports']);
  // Settled at once into an answer or an error, so a cut-off request is no unhandled rejection.
  const created = call(`${serve.url}/triton/demo/users`, 'POST', {
    headers: { ...bearer(), prefer: `delay=${HELD_MS}` },
    body: { login, email: `${login}@example.com`, password: 'secret-42x' },
  }).catch((error: unknown) => error as Error);
  await sleep(INTO_THE_HOLD_MS);
  return { db, serve, created };
}

async function storedTritonLogins(db: string): Promise<string> {
  return JSON.stringify(JSON.parse(await readFile(db, 'utf8')).apis.triton);
}

describe('stopping', () => {
  it('on SIGTERM, finishes the request in flight, writes the store and exits 0', async () => {
    const { db, serve, created } = await serveWithHeldCreate('latecomer');
    serve.child.kill('SIGTERM');
    const answer = await created;
    if (answer instanceof Error) throw answer;
    expect(answer.status).toBe(201);
    expect(answer.body.login).toBe('latecomer');
    expect(await serve.exited).toBe(0);
    expect(await storedTritonLogins(db)).toContain('"login":"latecomer"');

    const messages = jsonLines(serve).map((line) => line.msg);
    const stopping = messages.indexOf('stopping: letting in-flight requests finish');
    const request = messages.indexOf('POST /triton/demo/users 201');
    expect(stopping).toBeGreaterThan(-1);
    expect(request).toBeGreaterThan(stopping);
    expect(messages.indexOf('stopped')).toBeGreaterThan(request);
  });

  it('a second signal while stopping exits at once, 130 for SIGINT', async () => {
    const { db, serve, created } = await serveWithHeldCreate('cutoff');
    serve.child.kill('SIGINT');
    await serve.waitFor(/stopping: letting in-flight requests finish/);
    serve.child.kill('SIGINT');
    expect(await serve.exited).toBe(130);
    expect(await created).toBeInstanceOf(Error);
    expect(await storedTritonLogins(db)).not.toContain('cutoff');
  });

  it('a second SIGTERM exits with 143', async () => {
    const { serve, created } = await serveWithHeldCreate('cutofftoo');
    serve.child.kill('SIGTERM');
    await serve.waitFor(/stopping: letting in-flight requests finish/);
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(143);
    expect(await created).toBeInstanceOf(Error);
  });
});
