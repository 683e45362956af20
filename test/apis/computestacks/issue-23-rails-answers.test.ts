// Issue 23: what Rails and the User model answer where facsimile answered otherwise: a missing
// `user` is ActionController::ParameterMissing (400 from Rails itself), the model keeps any
// country and casts c_sftp_pass as a boolean column, and every answer carries X-Request-Id.
import { describe, expect, it } from 'vitest';
import { createBody, USERS, useComputeStacksStub } from './setup.ts';

const { api, currentUser } = useComputeStacksStub();
const BAD_REQUEST = { status: 400, error: 'Bad Request' };

describe('ComputeStacks params.require(:user) (issue 23)', () => {
  it.each([
    ['PATCH', USERS, {}],
    ['PATCH', USERS, { user: {} }],
    ['PUT', `${USERS}/1`, {}],
    ['POST', USERS, {}],
    ['POST', USERS, { provider_server: 's1', provider_username: 'jo' }],
  ])('%s %s with %j is Rails’ 400', async (method, path, body) => {
    const answer = await api(method, path, { body });
    expect(answer).toMatchObject({ status: 400, body: BAD_REQUEST });
  });
});

describe('ComputeStacks User model attributes (issue 23)', () => {
  it.each(['usa', 'United States', 'us'])('country %s is kept as sent', async (country) => {
    const answer = await api('PATCH', USERS, { body: { user: { country } } });
    expect(answer).toMatchObject({ status: 200, body: {} });
    expect((await currentUser()).country).toBe(country);
  });

  it.each([
    ['false', false],
    ['0', false],
    ['off', false],
    [0, false],
    ['true', true],
    ['1', true],
    ['yes', true],
    [1, true],
  ])('c_sftp_pass %j is cast to %s', async (value, cast) => {
    await api('PATCH', USERS, { body: { user: { c_sftp_pass: !cast } } });
    const answer = await api('PATCH', USERS, { body: { user: { c_sftp_pass: value } } });
    expect(answer.status).toBe(200);
    expect((await currentUser()).c_sftp_pass).toBe(cast);
  });

  it('a one-letter fname and a cast c_sftp_pass are accepted on create', async () => {
    const body = createBody({
      fname: 'J',
      lname: 'D',
      email: 'jd@example.com',
      c_sftp_pass: 'false',
    });
    expect((await api('POST', USERS, { body })).status).toBe(201);
  });
});

describe('ComputeStacks Rails middleware (issue 23)', () => {
  it('every answer carries X-Request-Id: the client’s, cleaned, or a new UUID', async () => {
    const sent = await api('GET', USERS, { headers: { 'x-request-id': 'req-42 <x>@ok' } });
    expect(sent.headers.get('x-request-id')).toBe('req-42x@ok');
    for (const answer of [await api('GET', USERS), await api('PATCH', USERS, { body: {} })]) {
      expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('a CORS preflight is answered 200, as rack-cors does', async () => {
    const answer = await api('OPTIONS', USERS, {
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'PATCH' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });
});
