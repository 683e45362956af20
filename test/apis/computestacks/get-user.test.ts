import { describe, expect, it } from 'vitest';
import { bearer } from '../../support/stub.ts';
import { DEMO_BASIC, basic, docUser, useComputeStacksStub } from './setup.ts';

const { api, data, currentUser } = useComputeStacksStub();

describe('GET /api/users (getUser)', () => {
  it('answers the token’s user: the document’s John Doe for facsimile-demo', async () => {
    const answer = await api('GET', '/api/users');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body).toEqual(docUser());
  });

  it.each([
    ['a profile_read token', bearer('cs-read-only')],
    ['API credentials (Basic, no scope check)', basic(DEMO_BASIC.username, DEMO_BASIC.password)],
  ])('answers John Doe to %s', async (_case, headers) => {
    const answer = await api('GET', '/api/users', { headers });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(docUser());
  });

  it('answers each demo user to its own token', async () => {
    const tokens = data().tokens.filter((token) => token.userId !== null && token.userId > 1);
    expect(tokens).toHaveLength(3);
    for (const token of tokens) {
      const user = await currentUser(bearer(token.token));
      expect(user.id).toBe(token.userId);
      expect(user.email).toMatch(/@example\.com$/);
    }
  });
});
