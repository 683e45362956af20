// Issue 13: the Database API opens with the Scalingo API's tokens (the exchanged JWT that
// scalingo.js uses everywhere, the addon token go-scalingo fetches), on the DB host and on
// the regional API host where scalingo.js's dbaasApiClient() sends database requests.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scalingoDbApi } from '../../../src/apis/scalingo-db/index.ts';
import { scalingoApi } from '../../../src/apis/scalingo/index.ts';
import { bearer, startTestStub, type TestStub } from '../../support/stub.ts';

const MY_DB_ADDON = 'ad-5c599fd6-f18b-3202-f7ab-4e66a1b2c3d4';
const USERS = '/api/databases/my-db-123/users';
const BASIC_DEMO = { authorization: `Basic ${Buffer.from(':facsimile-demo').toString('base64')}` };

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: [scalingoApi, scalingoDbApi] });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset());

async function exchangedJwt(): Promise<string> {
  const answer = await stub.call('scalingo', 'POST', '/v1/tokens/exchange', {
    headers: BASIC_DEMO,
    body: {},
  });
  expect(answer.status).toBe(200);
  return answer.body.token as string;
}

async function addonToken(app: string, addon: string) {
  return stub.call('scalingo', 'POST', `/v1/apps/${app}/addons/${addon}/token`, {
    headers: bearer(),
    body: {},
  });
}

describe('Scalingo Database API with the Scalingo API tokens (issue 13)', () => {
  it.each([
    ['the DB API under /scalingo-db', 'scalingo-db', false],
    ['the DB API own port', 'scalingo-db', true],
    ['the regional API host under /scalingo', 'scalingo', false],
    ['the regional API host own port', 'scalingo', true],
  ] as const)('the exchanged JWT lists my-db-123 users on %s', async (_where, api, root) => {
    const jwt = await exchangedJwt();
    const answer = await stub.call(api, 'GET', USERS, { root, headers: bearer(jwt) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('x-request-id')).toBeTruthy();
    expect(answer.body['database-users'].map((user: { name: string }) => user.name)).toEqual([
      'my-db-123',
      'metabase',
    ]);
  });

  it('the exchanged JWT opens only the databases of the user’s apps', async () => {
    const jwt = await exchangedJwt();
    const other = stub.runtime.dataOf('scalingo-db') as { databases: { name: string }[] };
    const foreign = other.databases.find((database) => database.name !== 'my-db-123')!.name;
    const answer = await stub.call('scalingo-db', 'GET', `/api/databases/${foreign}/users`, {
      headers: bearer(jwt),
    });
    expect(answer).toMatchObject({
      status: 404,
      body: { resource: 'database', error: 'not found' },
    });
  });

  it('a forged JWT is refused with 401', async () => {
    const jwt = await exchangedJwt();
    const [head, payload] = jwt.split('.');
    const answer = await stub.call('scalingo-db', 'GET', USERS, {
      headers: bearer(`${head}.${payload}.c2lnbmF0dXJl`),
    });
    expect(answer).toMatchObject({ status: 401, body: { error: 'authentication required' } });
  });

  it('POST /v1/apps/my-app/addons/:addon_id/token answers the addon with a token', async () => {
    const answer = await addonToken('my-app', MY_DB_ADDON);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toBeTruthy();
    expect(answer.body).toEqual({
      addon: {
        id: MY_DB_ADDON,
        app_id: '5343eccd646173000a140000',
        resource_id: 'my-db-123',
        addon_provider: { id: 'postgresql', name: 'Scalingo PostgreSQL' },
        token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      },
    });
    const claims = JSON.parse(
      Buffer.from(answer.body.addon.token.split('.')[1], 'base64url').toString(),
    );
    expect(claims.exp - claims.iat).toBe(3600);
  });

  it('the addon token opens its database on the DB API and no other', async () => {
    const token = (await addonToken('my-app', MY_DB_ADDON)).body.addon.token as string;
    const mine = await stub.call('scalingo-db', 'GET', `/api/databases/${MY_DB_ADDON}/users`, {
      root: true,
      headers: bearer(token),
    });
    expect(mine.status).toBe(200);
    expect(mine.body['database-users']).toHaveLength(2);
    const other = stub.runtime.dataOf('scalingo-db') as { databases: { addon_id: string }[] };
    const foreign = other.databases.find((database) => database.addon_id !== MY_DB_ADDON)!;
    const theirs = await stub.call(
      'scalingo-db',
      'GET',
      `/api/databases/${foreign.addon_id}/users`,
      {
        root: true,
        headers: bearer(token),
      },
    );
    expect(theirs).toMatchObject({ status: 404, body: { resource: 'database' } });
  });

  it.each([
    ['an app of nobody', 'no-such-app', MY_DB_ADDON, 'app'],
    ['an addon of another app', 'my-app-2', MY_DB_ADDON, 'addon'],
    ['an unknown addon', 'my-app', 'ad-unknown', 'addon'],
  ])('the addon token of %s is 404', async (_case, app, addon, resource) => {
    const answer = await addonToken(app, addon);
    expect(answer).toMatchObject({ status: 404, body: { resource, error: 'not found' } });
  });

  it('the addon token endpoint needs the Bearer token', async () => {
    const answer = await stub.call(
      'scalingo',
      'POST',
      `/v1/apps/my-app/addons/${MY_DB_ADDON}/token`,
    );
    expect(answer).toMatchObject({ status: 401, body: { error: 'authentication required' } });
  });
});
