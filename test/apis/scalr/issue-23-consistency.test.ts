// Issue 23: a user's teams agree with its account-users, an empty list counts its one
// (empty) page as links.last does, and HEAD answers as GET without a body.
import { describe, expect, it } from 'vitest';
import { JANE, useScalrStub } from './setup.ts';

const { api } = useScalrStub();

type Ref = { id: string };
const teamIds = (refs: Ref[]) => refs.map((ref) => ref.id).sort();

describe('Scalr user teams (issue 23)', () => {
  it('every seeded user’s teams are the teams of its account-users', async () => {
    const users = await api('GET', '/users?page%5Bsize%5D=100');
    expect(users.status).toBe(200);
    for (const user of users.body.data as {
      id: string;
      relationships: { teams: { data: Ref[] } };
    }[]) {
      const rows = await api(
        'GET',
        `/account-users?filter%5Buser%5D=${user.id}&page%5Bsize%5D=100`,
      );
      const fromRows = new Set(
        (rows.body.data as { relationships: { teams: { data: Ref[] } } }[]).flatMap((row) =>
          row.relationships.teams.data.map((team) => team.id),
        ),
      );
      expect(teamIds(user.relationships.teams.data), user.id).toEqual([...fromRows].sort());
    }
  });

  it('the document’s user is in both teams its two account-users name', async () => {
    const user = await api('GET', `/users/${JANE}`);
    expect(teamIds(user.body.data.relationships.teams.data)).toEqual([
      'team-t67mjtnokncjpd8',
      'team-tmhlublsnv43mt8',
    ]);
  });
});

describe('Scalr empty lists (issue 23)', () => {
  it.each([
    '/account-users?filter%5Buser%5D=user-doesnotexist',
    '/users?filter%5Buser%5D=user-none',
  ])('%s counts one page, the page links.last names', async (path) => {
    const answer = await api('GET', path);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual([]);
    expect(answer.body.meta.pagination).toMatchObject({
      'current-page': 1,
      'total-pages': 1,
      'total-count': 0,
      'next-page': null,
      'prev-page': null,
    });
    expect(answer.body.links.last).toMatch(/page%5Bnumber%5D=1(&|$)/);
  });
});

describe('Scalr HEAD (issue 23)', () => {
  it.each(['/users', `/users/${JANE}`, '/account-users'])(
    'HEAD %s is GET without a body',
    async (path) => {
      const get = await api('GET', path);
      const head = await api('HEAD', path);
      expect(head.status).toBe(200);
      expect(head.text).toBe('');
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
      expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    },
  );
});
