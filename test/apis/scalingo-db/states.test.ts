import { describe, expect, it } from 'vitest';
import { bearer } from '../../support/stub.ts';
import { USERS, example, useScalingoDbStub } from './setup.ts';

const PASSWORD = 'K_gaef6ripo7Ao4Uaxai6Kiey';
const newPassword = { database_user: { password: PASSWORD, password_confirmation: PASSWORD } };

const scalingoDb = useScalingoDbStub();
const { api } = scalingoDb;

const providerState = (
  state: string,
  action: 'setup' | 'teardown' = 'setup',
  params: Record<string, string> = {},
) => scalingoDb.stub.setState(state, action, params);

/** Sets a state up twice: both answer 200, so a verifier retrying a setup is harmless. */
async function setUpTwice(state: string) {
  for (let i = 0; i < 2; i += 1) {
    const answer = await providerState(state);
    expect(answer.status, answer.text).toBe(200);
  }
}

async function listed(): Promise<{ name: string; protected: boolean }[]> {
  const answer = await api('GET', USERS);
  expect(answer.status).toBe(200);
  return answer.body['database-users'];
}

const seededUsers = () => example('MyDb123Users')['database-users'];

describe('Scalingo DB provider states', () => {
  it("a Scalingo database 'my-db-123' with user 'my-user': an ordinary user, once", async () => {
    await setUpTwice("a Scalingo database 'my-db-123' with user 'my-user'");
    expect(await listed()).toEqual([
      ...seededUsers(),
      {
        name: 'my-user',
        read_only: false,
        protected: false,
        dbms_attributes: { password_encryption: 'SCRAM-SHA-256' },
      },
    ]);
    const updated = await api('PATCH', `${USERS}/my-user`, { body: newPassword });
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual(example('UpdatedUser'));
    const reset = await api('POST', `${USERS}/my-user/reset_password`, { body: {} });
    expect(reset.status).toBe(200);
  });

  it('with user leaves an existing ordinary user as seeded (metabase stays read-only)', async () => {
    await setUpTwice("a Scalingo database 'my-db-123' with user 'metabase'");
    expect(await listed()).toEqual(seededUsers());
  });

  it("a Scalingo database 'my-db-123' with protected user: refused updates and deletes", async () => {
    await setUpTwice("a Scalingo database 'my-db-123' with protected user 'my-user'");
    const users = await listed();
    expect(users.filter((user) => user.name === 'my-user')).toEqual([
      expect.objectContaining({ name: 'my-user', protected: true }),
    ]);
    const updated = await api('PATCH', `${USERS}/my-user`, { body: newPassword });
    expect(updated.status).toBe(403);
    const deleted = await api('DELETE', `${USERS}/my-user`);
    expect(deleted.status).toBe(403);
    expect(deleted.body).toEqual(example('ProtectedUserNotDeletable'));
  });

  it('with protected user leaves the seeded platform user my-db-123 as it is', async () => {
    await setUpTwice("a Scalingo database 'my-db-123' with protected user 'my-db-123'");
    expect(await listed()).toEqual(seededUsers());
    const updated = await api('PATCH', `${USERS}/my-db-123`, { body: newPassword });
    expect(updated.status).toBe(403);
    expect(updated.body).toEqual(example('ProtectedUserNotUpdatable'));
  });

  it("a Scalingo database 'my-db-123' without user 'metabase': the user is gone", async () => {
    await setUpTwice("a Scalingo database 'my-db-123' without user 'metabase'");
    expect((await listed()).map((user) => user.name)).toEqual(['my-db-123']);
    const deleted = await api('DELETE', `${USERS}/metabase`);
    expect(deleted.status).toBe(404);
    expect(deleted.body).toEqual(example('DatabaseUserNotFound'));
  });

  it('without user changes nothing for a user that does not exist', async () => {
    await setUpTwice("a Scalingo database 'my-db-123' without user 'nobody-here'");
    expect(await listed()).toEqual(seededUsers());
  });

  it("no Scalingo database 'my-db-123': the database, its users and its addon token are gone", async () => {
    await setUpTwice("no Scalingo database 'my-db-123'");
    const answer = await api('GET', USERS);
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(example('DatabaseNotFound'));
    const byAddonToken = await api('GET', USERS, { headers: bearer('facsimile-addon-my-db-123') });
    expect(byAddonToken.status).toBe(401);
  });

  it("no Scalingo database 'no-such-db' changes nothing", async () => {
    await setUpTwice("no Scalingo database 'no-such-db'");
    expect((await api('GET', '/api/databases/no-such-db/users')).status).toBe(404);
    expect(await listed()).toEqual(seededUsers());
  });

  it('teardown puts the seed back after any state', async () => {
    for (const state of [
      "a Scalingo database 'my-db-123' with user 'my-user'",
      "a Scalingo database 'my-db-123' with protected user 'metabase'",
      "no Scalingo database 'my-db-123'",
    ]) {
      await setUpTwice(state);
      const teardown = await providerState(state, 'teardown');
      expect(teardown.status).toBe(200);
      expect(await listed()).toEqual(seededUsers());
      const byAddonToken = await api('GET', USERS, {
        headers: bearer('facsimile-addon-my-db-123'),
      });
      expect(byAddonToken.status).toBe(200);
    }
  });

  it('answers an unknown state with 400 and the known ones', async () => {
    const answer = await providerState("a Scalingo database 'my-db-123' with a unicorn");
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/unknown provider state/);
    expect(answer.body.known).toContainEqual({
      api: 'scalingo-db',
      example: "a Scalingo database 'my-db-123' with user 'my-user'",
    });
  });

  it('answers a state naming a database the seed does not hold with 400', async () => {
    const answer = await providerState("a Scalingo database 'ghost-db' with user 'my-user'");
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/could not be set up: no seeded database ghost-db/);
  });
});
