// Issue 23: the account calls scalingo.js makes beyond the document (stop the free trial,
// request and confirm the account's deletion), and a malformed usage date in the date wording.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scalingoApi } from '../../../src/apis/scalingo/index.ts';
import { bearer, startTestStub, type TestStub } from '../../support/stub.ts';

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: [scalingoApi] });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset('scalingo'));

const scalingo = (method: string, path: string, body?: unknown) =>
  stub.call('scalingo', method, path, { headers: bearer(), body });

describe('POST /v1/users/stop_free_trial (issue 23)', () => {
  it('answers 200 {"message":"ok"} and ends a running trial now', async () => {
    await stub.setState("the Scalingo user 'doc-account' in a free trial");
    const before = Date.now();
    const answer = await scalingo('POST', '/v1/users/stop_free_trial');
    expect(answer).toMatchObject({ status: 200, body: { message: 'ok' } });
    const { user } = (await scalingo('GET', '/v1/users/self')).body;
    const end = Date.parse(user.free_trial_end_time);
    expect(end).toBeGreaterThanOrEqual(before - 1000);
    expect(end).toBeLessThanOrEqual(Date.now());
  });

  it('leaves a trial that is already over as it was', async () => {
    const { user } = (await scalingo('GET', '/v1/users/self')).body;
    expect((await scalingo('POST', '/v1/users/stop_free_trial', {})).status).toBe(200);
    const after = (await scalingo('GET', '/v1/users/self')).body.user;
    expect(after.free_trial_end_time).toBe(user.free_trial_end_time);
  });
});

describe('account deletion, requested then confirmed (issue 23)', () => {
  async function request() {
    const answer = await scalingo('POST', '/v1/users/delete');
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      deletion: { id: expect.any(String), created_at: expect.any(String) },
    });
    return {
      id: answer.body.deletion.id,
      token: answer.headers.get('x-facsimile-deletion-token')!,
    };
  }

  it('a request deletes nothing; its confirmation with the token deletes the account once', async () => {
    const { id, token } = await request();
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect((await scalingo('GET', '/v1/users/self')).status).toBe(200);

    const path = `/v1/users/delete/${id}/confirm`;
    const confirmed = await scalingo('POST', path, { deletion: { token, reason: 'done' } });
    expect(confirmed.status).toBe(204);
    expect(confirmed.text).toBe('');
    expect((await scalingo('GET', '/v1/users/self')).body).toEqual({
      error: 'authentication required',
    });
    expect((await scalingo('POST', path, { deletion: { token } })).status).toBe(401);
  });

  it('a wrong token is 422 on token and deletes nothing', async () => {
    const { id } = await request();
    const answer = await scalingo('POST', `/v1/users/delete/${id}/confirm`, {
      deletion: { token: 'not-the-token' },
    });
    expect(answer).toMatchObject({ status: 422, body: { errors: { token: ['is invalid'] } } });
    expect((await scalingo('GET', '/v1/users/self')).status).toBe(200);
  });

  it('an unknown or replaced deletion is 404 in the provider’s not-found shape', async () => {
    const first = await request();
    await request();
    for (const id of ['no-such-deletion', first.id]) {
      const answer = await scalingo('POST', `/v1/users/delete/${id}/confirm`, {
        deletion: { token: first.token },
      });
      expect(answer).toMatchObject({
        status: 404,
        body: { resource: 'deletion', error: 'not found' },
      });
    }
  });

  it('a body without deletion is 422 missing field', async () => {
    const { id } = await request();
    const answer = await scalingo('POST', `/v1/users/delete/${id}/confirm`, {});
    expect(answer).toMatchObject({
      status: 422,
      body: { errors: { deletion: ['missing field'] } },
    });
  });
});

describe('Scalingo usage dates (issue 23)', () => {
  it.each(['2020-01-01T00:00', '2020-01-01%2C2020-02-01'])(
    'from=%s answers the date rule, not the validator’s wording',
    async (value) => {
      const answer = await scalingo('GET', `/v1/account/usage?from=${value}`);
      expect(answer).toMatchObject({
        status: 422,
        body: { errors: { from: ['must be a date in the form YYYY-MM-DD'] } },
      });
    },
  );
});

describe('HEAD on a GET route (issue 23)', () => {
  it('answers as GET without a body, as Rails does', async () => {
    const get = await scalingo('GET', '/v1/users/self');
    const head = await scalingo('HEAD', '/v1/users/self');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(head.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps GET’s 401 without credentials', async () => {
    const head = await stub.call('scalingo', 'HEAD', '/v1/users/self');
    expect(head).toMatchObject({ status: 401, text: '' });
  });
});
