// Issue 21: the README's recipes for sending the session header through the official clients,
// driven unchanged: scalingo.js through its default headers, node-triton's CloudAPI client
// through its `headers` option.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { clientFromToken } from 'scalingo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRunStub, useSession, type RunStub } from '../../src/testing/index.ts';
import { bearer } from '../support/stub.ts';

const require = createRequire(import.meta.url);

interface CloudApi {
  deleteUser(opts: { id: string }, cb: (error: Error | null) => void): void;
  close(): void;
}
const cloudapi = require('triton/lib/cloudapi2') as {
  createClient(options: object): CloudApi;
};
const auth = require('smartdc-auth') as { privateKeySigner(options: object): unknown };
const { BunyanNoopLogger } = require('triton/lib/bunyannoop') as {
  BunyanNoopLogger: new () => object;
};

const KEY = readFileSync(
  join(import.meta.dirname, '..', '..', 'fixtures', 'keys', 'triton-demo.pem'),
);
let run: RunStub;

beforeAll(async () => {
  run = await startRunStub({ users: 1 });
});
afterAll(async () => {
  delete process.env.FACSIMILE_URL;
  await run?.stop();
});

describe('the session header through the official clients (issue 21)', () => {
  it('scalingo.js: the client’s default headers carry it', async () => {
    const facsimile = useSession(run.url);
    const url = facsimile.urls.scalingo;
    const client = await clientFromToken('facsimile-demo', { apiUrl: url, authApiUrl: url });
    Object.assign(client._headers, facsimile.headers);
    expect((await client.Users.self()).username).toBe('doc-account');
    await facsimile.verify({ api: 'scalingo', operationId: 'getCurrentUser', times: 1 });
  });

  it('node-triton: the CloudAPI client’s headers option carries it', async () => {
    const facsimile = useSession(run.url);
    // CloudAPI clients ignore a base URL's path: they need Triton's own port.
    const health = (await (await facsimile.fetch('/__facsimile/health')).json()) as {
      apis: { name: string; ownPort: number }[];
    };
    const ownPort = health.apis.find((api) => api.name === 'triton')?.ownPort;
    const client = cloudapi.createClient({
      url: `http://127.0.0.1:${ownPort}`,
      account: 'demo',
      sign: auth.privateKeySigner({ key: KEY, user: 'demo' }),
      log: new BunyanNoopLogger(),
      headers: facsimile.headers,
    });
    try {
      await new Promise<void>((resolve, reject) =>
        client.deleteUser({ id: 'bob' }, (error) => (error ? reject(error) : resolve())),
      );
    } finally {
      client.close();
    }
    const bob = (session?: ReturnType<typeof useSession>) =>
      fetch(`${run.url}/triton/demo/users/bob`, { headers: { ...bearer(), ...session?.headers } });
    expect((await bob(facsimile)).status).toBe(404);
    expect((await bob()).status).toBe(200);
  });
});
