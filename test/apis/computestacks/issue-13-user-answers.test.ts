// Issue 13: GET /api/users sends c_sftp_pass (show.rabl always does), and an Accept header
// naming neither JSON nor XML is Rails' 406 in plain text.
import { describe, expect, it } from 'vitest';
import { bearer } from '../../support/stub.ts';
import { DEMO_BASIC, basic, useComputeStacksStub } from './setup.ts';

const { api, currentUser } = useComputeStacksStub();

describe('ComputeStacks c_sftp_pass (issue 13)', () => {
  it('the seeded John Doe carries c_sftp_pass, the users table default', async () => {
    const user = await currentUser();
    expect(user.id).toBe(1);
    expect(user.c_sftp_pass).toBe(true);
  });

  it('an update changes it, and GET shows the change', async () => {
    const changed = await api('PATCH', '/api/users', { body: { user: { c_sftp_pass: false } } });
    expect(changed.status).toBe(200);
    expect((await currentUser()).c_sftp_pass).toBe(false);
  });
});

describe('ComputeStacks Accept negotiation (issue 13)', () => {
  it.each(['text/html', 'text/html,application/xhtml+xml', 'image/png'])(
    'Accept: %s is 406 plain text',
    async (accept) => {
      const answer = await api('GET', '/api/users', { headers: { accept } });
      expect(answer.status).toBe(406);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
      expect(answer.text).toBe('Unknown format. Only JSON and XML are permitted.');
    },
  );

  it.each([
    'application/json',
    'application/json; api_version=80',
    '*/*',
    'application/xml',
    'text/html, */*; q=0.1',
  ])('Accept: %s is answered', async (accept) => {
    const answer = await api('GET', '/api/users', { headers: { accept } });
    expect(answer.status).toBe(200);
    expect(answer.body.user.id).toBe(1);
  });

  it('credentials are checked first: a bad token with Accept: text/html is 401', async () => {
    const answer = await api('GET', '/api/users', {
      headers: { ...bearer('nope'), accept: 'text/html' },
    });
    expect(answer.status).toBe(401);
    const basicAnswer = await api('PATCH', '/api/users', {
      headers: { ...basic(DEMO_BASIC.username, 'wrong'), accept: 'text/html' },
      body: { user: { fname: 'X' } },
    });
    expect(basicAnswer).toMatchObject({ status: 401, body: { errors: ['Not Authorized'] } });
  });
});
