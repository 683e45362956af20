// Issue 13: the official clients from npm, unchanged, against facsimile: scalingo.js exchanges
// its API token and uses the JWT it holds on both APIs; the triton CLI signs with a key from
// ~/.ssh that facsimile (run by the same user) trusts, and fails with CloudAPI's 401 otherwise.
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientFromToken } from 'scalingo';
import sshpk from 'sshpk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scalingoDbApi } from '../../src/apis/scalingo-db/index.ts';
import { scalingoApi } from '../../src/apis/scalingo/index.ts';
import { tritonApi } from '../../src/apis/triton/index.ts';
import { startTestStub, type TestStub } from '../support/stub.ts';

/** Each CLI run starts a Node process that loads node-triton: seconds on a busy machine. */
const TRITON = join(import.meta.dirname, '..', '..', 'node_modules', 'triton', 'bin', 'triton');

describe('scalingo.js (npm scalingo) against facsimile (issue 13)', () => {
  let stub: TestStub;
  beforeAll(async () => {
    stub = await startTestStub({ apis: [scalingoApi, scalingoDbApi], users: 0 });
  });
  afterAll(() => stub.dispose());

  it('clientFromToken exchanges the API token, Users.self() answers the demo user', async () => {
    const url = stub.rootUrlOf('scalingo')!;
    const client = await clientFromToken('facsimile-demo', { apiUrl: url, authApiUrl: url });
    const user = await client.Users.self();
    expect(user).toMatchObject({
      id: 'us-d13d3065-e7fa-4b1a-827a-ce1c92415f9c',
      username: 'doc-account',
    });
  });

  it('the JWT the client holds lists my-db-123’s users on the regional and the DB host', async () => {
    const url = stub.rootUrlOf('scalingo')!;
    const client = await clientFromToken('facsimile-demo', { apiUrl: url, authApiUrl: url });
    for (const host of [url, stub.rootUrlOf('scalingo-db')!]) {
      const answer = await client.apiClient().get(`${host}/api/databases/my-db-123/users`);
      expect(answer.status).toBe(200);
      const users = (answer.data as { 'database-users': { name: string }[] })['database-users'];
      expect(users.map((user) => user.name)).toEqual(['my-db-123', 'metabase']);
    }
  });
});

/** An RSA key pair in `<dir>/.ssh/id_rsa{,.pub}`, as ssh-keygen leaves it; answers its MD5 fingerprint. */
async function writeKeyPair(dir: string): Promise<string> {
  await mkdir(join(dir, '.ssh'), { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = sshpk.parseKey(publicKey.export({ type: 'spki', format: 'pem' }), 'pem');
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' });
  await writeFile(join(dir, '.ssh', 'id_rsa'), pem, { mode: 0o600 });
  await writeFile(join(dir, '.ssh', 'id_rsa.pub'), `${key.toString('ssh')} dev@example.com\n`);
  return key.fingerprint('md5').toString('hex');
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('the triton CLI (npm triton) against facsimile (issue 13)', () => {
  let home: string;
  let fingerprint: string;
  let stub: TestStub;
  const originalHome = process.env.HOME;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'facsimile-triton-home-'));
    fingerprint = await writeKeyPair(home);
    // facsimile runs as the same user as the CLI: it reads the same ~/.ssh.
    process.env.HOME = home;
    stub = await startTestStub({ apis: [tritonApi()], users: 0 });
  });
  afterAll(async () => {
    process.env.HOME = originalHome;
    await stub.dispose();
    await rm(home, { recursive: true, force: true });
  });

  function triton(args: string[], keyId = fingerprint, asHome = home): Promise<Run> {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(TRITON_|SDC_|SSH_AUTH_SOCK)/.test(name)),
    );
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [TRITON, ...args],
        {
          env: {
            ...env,
            HOME: asHome,
            TRITON_URL: stub.rootUrlOf('triton')!,
            TRITON_ACCOUNT: 'demo',
            TRITON_KEY_ID: keyId,
          },
          timeout: 30_000,
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  it('lists, creates, shows and deletes a sub-user', async () => {
    const listed = await triton(['rbac', 'users', '-j']);
    expect(listed.stderr).toBe('');
    const logins = listed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).login);
    expect(logins).toEqual(['alice', 'bob']);

    const file = join(home, 'carol.json');
    await writeFile(
      file,
      JSON.stringify({ login: 'carol', email: 'carol@example.com', password: 'carol-secret-42' }),
    );
    const added = await triton(['rbac', 'user', '-a', file]);
    expect(added).toMatchObject({ code: 0 });
    expect(added.stdout).toMatch(/Created user "carol"/);

    const shown = await triton(['rbac', 'user', '-j', 'carol']);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ login: 'carol', email: 'carol@example.com' });

    const deleted = await triton(['rbac', 'user', '-d', '-y', 'carol']);
    expect(deleted).toMatchObject({ code: 0 });
    expect(deleted.stdout).toMatch(/Deleted user "carol"/);
    const gone = await triton(['rbac', 'user', 'carol']);
    expect(gone.code).not.toBe(0);
  }, 120_000);

  it('with a key facsimile does not know, fails with CloudAPI’s 401 message', async () => {
    // Another user's home: the CLI signs with a key there, facsimile reads only its own ~/.ssh.
    const otherHome = join(home, 'other-user');
    const other = await writeKeyPair(otherHome);
    const unknown = await triton(['rbac', 'users'], other, otherHome);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/Invalid authorization credentials supplied/);
  }, 60_000);
});
