import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API_NAMES, type ApiName } from '../../src/core/specs/spec-files.ts';
import { loadSpec, operationsOf } from '../../src/core/specs/spec.ts';
import { bearer, call, type Answer, type CallInit } from '../support/stub.ts';
import { serve, type Served } from './support/cli.ts';

const JSON_API = 'application/vnd.api+json';
const MY_DB = 'my-db-123';
const SCALINGO_PASSWORD = 'facsimile-demo-password';
const SCALR_ACCOUNT = 'acc-svrcncgh453bi8g';

/** Passwords the test chooses, one per operation that takes one. */
const CHOSEN = {
  tritonCreate: 'Triton-create-secret-7f3a9c41',
  tritonChange: 'Triton-change-secret-2b8e6d07',
  dbCreate: 'Scalingo-db-create-secret-5c1f0a93e7',
  dbUpdate: 'Scalingo-db-update-secret-9d4b2e61f8',
  scalingoChange: 'Scalingo-account-secret-3e7a5f20',
  scalrCreate: 'Scalr-create-Secret!6a2c8e',
};

const running: Served[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const served of running.splice(0)) served.child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Every form a careless implementation might keep a password in. */
function formsOf(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    Buffer.from(secret).toString('base64'),
    Buffer.from(secret).toString('base64url'),
  ];
}

function leaksIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => formsOf(secret).some((form) => text.includes(form)));
}

/** The whole answer as a client sees it: status line, every header, the body. */
function wholeAnswer(answer: Answer): string {
  return [...answer.headers].map(([name, value]) => `${name}: ${value}`).join('\n') + answer.text;
}

describe('secrets: passwords are never shown again, written or printed', () => {
  it('no GET or HEAD answer, store file or server output holds a password', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facsimile-secrets-'));
    dirs.push(dir);
    const db = join(dir, 'db.json');
    const served = await serve(db, ['--users', '3']);
    running.push(served);
    const send = async (api: ApiName, method: string, path: string, init: CallInit = {}) =>
      call(`${served.url}/${api}${path}`, method, {
        ...init,
        headers: { ...bearer(), ...init.headers },
      });
    const created = (answer: Answer, status = 201) => {
      expect(answer.status, answer.text).toBe(status);
      return answer;
    };

    // Triton: CreateUser, then ChangeUserPassword.
    created(
      await send('triton', 'POST', '/demo/users', {
        body: { login: 'keeper', email: 'keeper@example.com', password: CHOSEN.tritonCreate },
      }),
    );
    created(
      await send('triton', 'POST', '/demo/users/keeper/change_password', {
        body: { password: CHOSEN.tritonChange, password_confirmation: CHOSEN.tritonChange },
      }),
      200,
    );
    const demoKey = await readFile(
      join(import.meta.dirname, '../../fixtures/keys/triton-demo.pub'),
      'utf8',
    );
    created(
      await send('triton', 'POST', '/demo/users/keeper/keys', {
        body: { name: 'keeper-key', key: demoKey },
      }),
    );

    // Scalingo DB: a user created with a password, then given another one.
    const users = `/api/databases/${MY_DB}/users`;
    created(
      await send('scalingo-db', 'POST', users, {
        body: {
          database_user: {
            name: 'keeper',
            password: CHOSEN.dbCreate,
            password_confirmation: CHOSEN.dbCreate,
          },
        },
      }),
    );
    created(
      await send('scalingo-db', 'PATCH', `${users}/keeper`, {
        body: {
          database_user: { password: CHOSEN.dbUpdate, password_confirmation: CHOSEN.dbUpdate },
        },
      }),
      200,
    );
    // Passwords the server makes up are shown once, in the answer that makes them, and never again.
    const generated = created(
      await send('scalingo-db', 'POST', users, { body: { database_user: { name: 'minted' } } }),
    ).body.database_user.password as string;
    const reset = created(
      await send('scalingo-db', 'POST', `${users}/minted/reset_password`, { body: {} }),
      200,
    ).body.database_user.password as string;

    // Scalingo: the account's password change.
    created(
      await send('scalingo', 'PUT', '/v1/users/account', {
        body: {
          user: {
            password: CHOSEN.scalingoChange,
            password_confirmation: CHOSEN.scalingoChange,
            current_password: SCALINGO_PASSWORD,
          },
        },
      }),
      200,
    );

    // Scalr: createUser with a password.
    const scalrUser = created(
      await send('scalr', 'POST', '/api/iacp/v3/users', {
        headers: { 'content-type': JSON_API },
        body: {
          data: {
            type: 'users',
            attributes: {
              email: 'keeper@example.com',
              username: 'keeper',
              password: CHOSEN.scalrCreate,
            },
          },
        },
      }),
    ).body.data.id as string;
    created(
      await send('scalr', 'POST', `/api/iacp/v3/accounts/${SCALR_ACCOUNT}/actions/invite`, {
        headers: { 'content-type': JSON_API },
        body: { data: { type: 'users', attributes: { email: 'keeper@example.com' } } },
      }),
    );

    // ComputeStacks: the generated API credentials of a new user (shown once, on signup).
    const credentials = created(
      await send('computestacks', 'POST', '/api/users', {
        body: {
          user: { fname: 'Kee', lname: 'Per', email: 'keeper@example.com' },
          provider_server: 'server1.example.com',
          provider_username: 'keeper',
        },
      }),
    ).body.user.api as { username: string; password: string };
    const basic = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;

    const secrets = [...Object.values(CHOSEN), generated, reset, credentials.password];

    /** Every read operation of every spec, with the requests that show the users made above. */
    const reads: Record<string, [ApiName, string, CallInit?][]> = {
      getCurrentUser: [['scalingo', '/v1/users/self']],
      getAccountUsage: [['scalingo', '/v1/account/usage']],
      listRoles: [['scalingo', '/v1/users/roles']],
      listDatabaseUsers: [['scalingo-db', users]],
      getUser: [
        ['computestacks', '/api/users'],
        ['computestacks', '/api/users', { headers: { authorization: basic } }],
        ['scalr', `/api/iacp/v3/users/${scalrUser}?include=identity-providers,teams`],
      ],
      ListUsers: [['triton', '/demo/users']],
      HeadUsers: [['triton', '/demo/users']],
      GetUser: [
        ['triton', '/demo/users/keeper'],
        ['triton', '/demo/users/keeper?membership=true'],
      ],
      HeadUser: [['triton', '/demo/users/keeper']],
      ListUserKeys: [['triton', '/demo/users/keeper/keys']],
      HeadUserKeys: [['triton', '/demo/users/keeper/keys']],
      GetUserKey: [['triton', '/demo/users/keeper/keys/keeper-key']],
      HeadUserKey: [['triton', '/demo/users/keeper/keys/keeper-key']],
      getUserById: [['computestacks', '/api/users/1', { headers: { authorization: basic } }]],
      listUsers: [['scalr', '/api/iacp/v3/users?page%5Bsize%5D=100&include=identity-providers']],
      listAccountUsers: [
        ['scalr', `/api/iacp/v3/account-users?filter%5Buser%5D=${scalrUser}&include=user`],
        [
          'scalr',
          `/api/iacp/v3/account-users?filter%5Baccount%5D=${SCALR_ACCOUNT}&page%5Bsize%5D=100`,
        ],
      ],
    };
    const readOperations = API_NAMES.flatMap((api) =>
      operationsOf(loadSpec(api))
        .filter((operation) => operation.method === 'get' || operation.method === 'head')
        .map((operation) => operation.operationId),
    );
    expect(Object.keys(reads).sort()).toEqual([...new Set(readOperations)].sort());

    for (const [operationId, requests] of Object.entries(reads)) {
      for (const [api, path, init] of requests) {
        const method = operationId.startsWith('Head') ? 'HEAD' : 'GET';
        const answer = await send(api, method, path, init);
        expect(answer.status, `${operationId} ${api} ${path}: ${answer.text}`).toBe(200);
        expect(leaksIn(wholeAnswer(answer), secrets), `${method} ${api}${path}`).toEqual([]);
      }
    }

    // The journal and the state dumps of the admin API show the requests, never the passwords.
    const journal = await call(`${served.url}/__facsimile/journal?limit=10000`, 'GET');
    expect(journal.status).toBe(200);
    expect(journal.text).toContain('change_password');
    expect(leaksIn(journal.text, secrets), 'the journal').toEqual([]);
    for (const api of API_NAMES) {
      const dump = await call(`${served.url}/__facsimile/state/${api}`, 'GET');
      expect(dump.status).toBe(200);
      expect(leaksIn(dump.text, secrets), `the state dump of ${api}`).toEqual([]);
    }

    // A clean stop flushes the store; then neither the file nor anything printed holds a password.
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    for (const file of await readdir(dir)) {
      const text = await readFile(join(dir, file), 'utf8');
      if (file === 'db.json') expect(text).toContain('keeper');
      expect(leaksIn(text, secrets), `the store file ${file}`).toEqual([]);
    }
    expect(served.output()).toContain('facsimile is serving');
    expect(leaksIn(served.output(), secrets), 'what the server printed').toEqual([]);
  }, 30_000);
});
