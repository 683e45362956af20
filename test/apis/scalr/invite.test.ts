import { describe, expect, it } from 'vitest';
import type { CallInit } from '../../support/stub.ts';
import { DEMO_ACCOUNT, JANE, MAIN_ACCOUNT, TF_ADMIN, example, ids, useScalrStub } from './setup.ts';

const { api } = useScalrStub();

describe('Scalr inviteUserToAccount', () => {
  const invite = (account: string, body: unknown, init: CallInit = {}) =>
    api('POST', `/accounts/${account}/actions/invite`, { ...init, body });

  it('creates a Pending user and account-user for a new email (InvitedAccountUser)', async () => {
    const answer = await invite(DEMO_ACCOUNT, example('InviteUserToTeamsAndRoles'));
    expect(answer.status).toBe(201);
    const { id, relationships } = answer.body.data;
    const userId = relationships.user.data.id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(userId).toMatch(/^user-[a-z0-9]{15}$/);
    const expected = example('InvitedAccountUser');
    expect(answer.body).toEqual({
      data: {
        ...expected.data,
        id,
        relationships: {
          ...expected.data.relationships,
          user: { data: { type: 'users', id: userId } },
        },
      },
    });
    const user = await api('GET', `/users/${userId}`);
    expect(user.body.data.attributes).toMatchObject({
      email: 'test_user@scalr.com',
      username: 'test_user@scalr.com',
      status: 'Pending',
      'last-login-at': null,
    });
    expect(user.body.data.relationships.teams.data).toEqual([
      { type: 'teams', id: 'team-t67mjtnokncjpd8' },
    ]);
    const listed = await api('GET', `/account-users?filter[user]=${userId}`);
    expect(ids(listed)).toEqual([id]);
  });

  it('adds an existing user to a new account, and re-inviting answers the same relation', async () => {
    const body = {
      data: {
        type: 'users',
        attributes: { email: 'TF-Admin@scalr.com' },
        relationships: { teams: { data: [{ type: 'teams', id: 'team-tmhlublsnv43mt8' }] } },
      },
    };
    const first = await invite(MAIN_ACCOUNT, body, { headers: {} });
    expect(first.status).toBe(201);
    expect(first.body.data.relationships.user.data.id).toBe(TF_ADMIN);
    const again = await invite(MAIN_ACCOUNT, body);
    expect(again.status).toBe(201);
    expect(again.body.data).toEqual(first.body.data);
    const user = await api('GET', `/users/${TF_ADMIN}`);
    expect(user.body.data.relationships.teams.data).toEqual([
      { type: 'teams', id: 'team-tmhlublsnv43mt8' },
    ]);
    const listed = await api('GET', `/account-users?filter[account]=${MAIN_ACCOUNT}`);
    expect(listed.body.meta.pagination['total-count']).toBe(2);
  });

  it('merges the teams of a re-invite and side-loads what include asks for', async () => {
    const answer = await invite(
      DEMO_ACCOUNT,
      {
        data: {
          type: 'users',
          attributes: { email: 'jane.doe@example.com' },
          relationships: { teams: { data: [{ type: 'teams', id: 'team-t67mjtnokncjpd8' }] } },
        },
      },
      { headers: {} },
    );
    expect(answer.status).toBe(201);
    expect(answer.body.data.id).toBe('23651ae8-00e6-6c2c-f215-c3c026c9c721');
    expect(answer.body.data.relationships.teams.data).toHaveLength(1);
    const included = await api(
      'POST',
      `/accounts/${DEMO_ACCOUNT}/actions/invite?include=account,user`,
      { body: { data: { type: 'users', attributes: { email: 'jane.doe@example.com' } } } },
    );
    expect(included.body.included.map((r: { id: string }) => r.id)).toEqual([DEMO_ACCOUNT, JANE]);
  });

  it('answers a team of another account with 422 (InvalidTeamError)', async () => {
    const answer = await invite(MAIN_ACCOUNT, example('InviteUserToTeamsAndRoles'));
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example('InvalidTeamError'));
  });

  it('answers an unknown role with 422 at its pointer', async () => {
    const answer = await invite(DEMO_ACCOUNT, {
      data: {
        type: 'users',
        attributes: { email: 'role@example.com' },
        relationships: { roles: { data: [{ type: 'roles', id: 'role-nope' }] } },
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0]).toMatchObject({
      title: 'Invalid Relationship',
      source: { pointer: '/data/relationships/roles/data/0' },
    });
  });

  it('answers an invalid email with 422 and an unknown account with 404', async () => {
    const invalid = await invite(DEMO_ACCOUNT, {
      data: { type: 'users', attributes: { email: 'nope' } },
    });
    expect(invalid.body).toEqual(example('InvalidEmailError'));
    const unknown = await invite('acc-doesnotexist', example('InviteUserToTeamsAndRoles'));
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(example('AccountNotFoundError'));
  });
});
