import { describe, expect, it } from 'vitest';
import { createBody, example, useComputeStacksStub } from './setup.ts';

const computestacks = useComputeStacksStub();
const { api } = computestacks;

describe('the status of a rejected body depends on the operation', () => {
  it('keeps 400 for PATCH and 422 for POST when both fail at the same time', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        index % 2 === 0
          ? api('PATCH', '/api/users', { body: { user: { email: 'nope' } } })
          : api('POST', '/api/users', {
              body: createBody({ fname: 'J', lname: 'S', email: 'no' }),
            }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(
      Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? 400 : 422)),
    );
    for (const answer of answers) expect(answer.body).toEqual({ errors: ['Email is invalid'] });
  });
});

describe('requests the controller cannot read', () => {
  it.each(['PATCH', 'POST'])(
    'answers malformed JSON on %s with 422 Bad Request',
    async (method) => {
      const answer = await api(method, '/api/users', { body: '{"user": {', raw: true });
      expect(answer.status).toBe(422);
      expect(answer.body).toEqual(example('BadRequest'));
    },
  );

  it('answers a body that is not JSON with 415 in the errors envelope', async () => {
    const answer = await api('PATCH', '/api/users', {
      body: 'user[city]=Portland',
      raw: true,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(answer.status).toBe(415);
    expect(answer.body.errors).toEqual([expect.stringContaining('application/json')]);
  });

  it('answers a body over 1 MB with 413 in the errors envelope', async () => {
    const answer = await api('PATCH', '/api/users', {
      body: { user: { city: 'x'.repeat(1_100_000) } },
    });
    expect(answer.status).toBe(413);
    expect(answer.body.errors).toHaveLength(1);
  });

  it.each([
    ['GET', '/api/nothing'],
    ['GET', '/api/users/1/edit'],
    ['POST', '/api/users/1/things'],
  ])('answers %s %s (unknown route) with 404 Unknown API Call', async (method, path) => {
    const answer = await computestacks.stub.call('computestacks', method, path);
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(example('UnknownApiCall'));
  });

  it.each(['DELETE', 'PUT'])(
    'answers %s /api/users (a method Rails does not route) with 404',
    async (method) => {
      const answer = await api(method, '/api/users', { body: { user: {} } });
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(example('UnknownApiCall'));
    },
  );

  it('ignores an unknown query parameter, as Rails does', async () => {
    const answer = await api('GET', '/api/users?page=2');
    expect(answer.status).toBe(200);
    expect(answer.body.user.id).toBe(1);
  });
});
