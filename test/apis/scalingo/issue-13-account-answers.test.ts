// Issue 13: the Scalingo account API's answers where an audit found them off the provider's:
// the usage period's messages, X-Request-Id on every answer, and writes sent with no body.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scalingoApi } from '../../../src/apis/scalingo/index.ts';
import { bearer, call, startTestStub, type TestStub } from '../../support/stub.ts';

const DOC_USER = 'us-d13d3065-e7fa-4b1a-827a-ce1c92415f9c';
const BASIC_DEMO = { authorization: `Basic ${Buffer.from(':facsimile-demo').toString('base64')}` };

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ apis: [scalingoApi] });
});
afterAll(() => stub.dispose());
beforeEach(() => stub.reset('scalingo'));

const scalingo = (method: string, path: string, headers: Record<string, string> = bearer()) =>
  stub.call('scalingo', method, path, { headers });

describe('Scalingo usage period (issue 13)', () => {
  it('from later than to says so, on to', async () => {
    const answer = await scalingo('GET', '/v1/account/usage?from=2020-11-01&to=2020-10-01');
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ errors: { to: ['must be later than from'] } });
  });

  it('a malformed date keeps the date wording', async () => {
    const answer = await scalingo('GET', '/v1/account/usage?from=2020-13-01');
    expect(answer).toMatchObject({
      status: 422,
      body: { errors: { from: ['must be a date in the form YYYY-MM-DD'] } },
    });
  });

  it.each(['from=', 'to=', 'from=&to='])('%s (empty) counts as absent', async (query) => {
    const empty = await scalingo('GET', `/v1/account/usage?${query}`);
    const none = await scalingo('GET', '/v1/account/usage');
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual(none.body);
    expect(empty.body.usage.length).toBeGreaterThan(0);
  });
});

describe('Scalingo X-Request-Id (issue 13)', () => {
  it('echoes the X-Request-ID go-scalingo sends', async () => {
    const answer = await scalingo('GET', '/v1/users/self', {
      ...bearer(),
      'x-request-id': 'req-issue-13',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toBe('req-issue-13');
  });

  it.each([
    ['a success', '/v1/users/self', bearer()],
    ['an error', '/v1/users/self', {}],
  ])('makes one up on %s when none is sent', async (_case, path, headers) => {
    const answer = await scalingo('GET', path, headers);
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('Scalingo writes with no body (issue 13)', () => {
  it.each(['PATCH', 'PUT'])(
    '%s /v1/users/:id with no body is 422 user missing, as an empty JSON object',
    async (method) => {
      const answer = await call(`${stub.urlOf('scalingo')}/v1/users/${DOC_USER}`, method, {
        headers: bearer(),
      });
      expect(answer.status).toBe(422);
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(answer.body).toEqual({ errors: { user: ['missing field'] } });
    },
  );

  it('POST /v1/tokens/exchange with no body exchanges the token', async () => {
    const answer = await scalingo('POST', '/v1/tokens/exchange', BASIC_DEMO);
    expect(answer.status).toBe(200);
    expect(answer.body.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('a body of another media type is still 415', async () => {
    const answer = await stub.call('scalingo', 'PATCH', `/v1/users/${DOC_USER}`, {
      headers: { ...bearer(), 'content-type': 'text/plain' },
      body: 'user=x',
      raw: true,
    });
    expect(answer.status).toBe(415);
    expect(answer.body).toEqual({ error: expect.any(String) });
  });
});
