import { describe, expect, it } from 'vitest';
import {
  BASE,
  DEMO_ACCOUNT,
  JANE,
  JSON_API,
  NO_IAM,
  READER,
  as,
  example,
  useScalrStub,
} from './setup.ts';

const scalr = useScalrStub();
const { api } = scalr;

describe('Scalr: credentials and permissions on every operation', () => {
  const createBody = { data: { type: 'users', attributes: { email: 'perm@example.com' } } };
  const operations: [string, string, string, unknown?][] = [
    ['listAccountUsers', 'GET', `/account-users?filter[user]=${JANE}`],
    ['inviteUserToAccount', 'POST', `/accounts/${DEMO_ACCOUNT}/actions/invite`, createBody],
    ['listUsers', 'GET', '/users'],
    ['createUser', 'POST', '/users', createBody],
    ['getUser', 'GET', `/users/${JANE}`],
    ['updateUser', 'PATCH', `/users/${JANE}`, { data: { type: 'users' } }],
    ['deleteUser', 'DELETE', `/users/${JANE}`],
  ];

  it.each(operations)('%s answers 401 without a valid token', async (_op, method, path, body) => {
    for (const authorization of [undefined, 'Bearer nope', 'Basic ZmFjc2ltaWxlLWRlbW8=']) {
      const answer = await scalr.stub.call('scalr', method, `${BASE}${path}`, {
        headers: {
          ...(authorization ? { authorization } : {}),
          ...(body ? { 'content-type': JSON_API } : {}),
        },
        body,
      });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(example('InvalidTokenError'));
    }
  });

  it.each(operations)(
    '%s answers 403 to a token without IAM permissions',
    async (_op, method, path, body) => {
      const answer = await api(method, path, { ...as(NO_IAM), body });
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual(example('ForbiddenError'));
    },
  );

  it.each(operations.filter(([, method]) => method !== 'GET'))(
    '%s answers 403 to a read-only token',
    async (_op, method, path, body) => {
      const answer = await api(method, path, { ...as(READER), body });
      expect(answer.status).toBe(403);
    },
  );
});
