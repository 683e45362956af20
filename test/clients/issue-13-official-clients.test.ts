// Issue 13: the official clients from npm, unchanged, against facsimile: scalingo.js exchanges
// its API token and uses the JWT it holds on both APIs; the triton CLI signs with a key from
// ~/.ssh that facsimile (run by the same user) trusts, and fails with CloudAPI's 401 otherwise.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clientFromToken } from 'scalingo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scalingoDbApi } from '../../src/apis/scalingo-db/index.ts';
import { scalingoApi } from '../../src/apis/scalingo/index.ts';
import { startTestStub, type TestStub } from '../support/stub.ts';
import { useTritonHome, writeKeyPair, type TritonHome } from './support.ts';

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

describe('the triton CLI (npm triton) against facsimile (issue 13)', () => {
  const setup = useTritonHome();
  const triton: TritonHome['triton'] = (...args) => setup().triton(...args);

  it('lists, creates, shows and deletes a sub-user', async () => {
    const listed = await triton(['rbac', 'users', '-j']);
    expect(listed.stderr).toBe('');
    const logins = listed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).login);
    expect(logins).toEqual(['alice', 'bob']);

    const file = join(setup().home, 'carol.json');
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
    const otherHome = join(setup().home, 'other-user');
    const other = await writeKeyPair(otherHome);
    const unknown = await triton(['rbac', 'users'], other, otherHome);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/Invalid authorization credentials supplied/);
  }, 60_000);
});
