import type { AccountUser, ScalrUser, UserStatus } from './state.ts';

export const API_BASE = '/api/iacp/v3';

/** Scalr's timestamps: UTC, second precision (`2023-03-14T10:21:04Z`). */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface NewUser {
  id: string;
  email: string;
  username?: string;
  fullName: string | null;
  status: UserStatus;
  createdAt: string;
  lastLoginAt: string | null;
  identityProviders: string[];
  teams: string[];
}

export function userResource(user: NewUser): ScalrUser {
  // Members in the order Scalr writes them (key order), so answers need no re-sorting.
  return {
    attributes: {
      'created-at': user.createdAt,
      email: user.email,
      'full-name': user.fullName,
      'last-login-at': user.lastLoginAt,
      status: user.status,
      username: user.username ?? user.email,
    },
    id: user.id,
    links: { self: `${API_BASE}/users/${user.id}` },
    relationships: {
      'identity-providers': {
        data: user.identityProviders.map((id) => ({ id, type: 'identity-providers' })),
      },
      teams: { data: user.teams.map((id) => ({ id, type: 'teams' })) },
    },
    type: 'users',
  };
}

export interface NewAccountUser {
  id: string;
  account: string;
  user: string;
  status: UserStatus;
  lastLoginAt: string | null;
  teams: string[];
}

export function accountUserResource(relation: NewAccountUser): AccountUser {
  return {
    attributes: { 'last-login-at': relation.lastLoginAt, status: relation.status },
    id: relation.id,
    links: {},
    relationships: {
      account: { data: { id: relation.account, type: 'accounts' } },
      teams: { data: relation.teams.map((id) => ({ id, type: 'teams' })) },
      user: { data: { id: relation.user, type: 'users' } },
    },
    type: 'account-users',
  };
}

/** `ids` with `more` appended, each once, in first-seen order. */
export function merged(ids: readonly string[], more: readonly string[]): string[] {
  return [...new Set([...ids, ...more])];
}
