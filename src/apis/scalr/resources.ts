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
  return {
    type: 'users',
    id: user.id,
    attributes: {
      'created-at': user.createdAt,
      email: user.email,
      'full-name': user.fullName,
      'last-login-at': user.lastLoginAt,
      status: user.status,
      username: user.username ?? user.email,
    },
    relationships: {
      'identity-providers': {
        data: user.identityProviders.map((id) => ({ type: 'identity-providers', id })),
      },
      teams: { data: user.teams.map((id) => ({ type: 'teams', id })) },
    },
    links: { self: `${API_BASE}/users/${user.id}` },
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
    type: 'account-users',
    id: relation.id,
    attributes: { status: relation.status, 'last-login-at': relation.lastLoginAt },
    relationships: {
      account: { data: { type: 'accounts', id: relation.account } },
      teams: { data: relation.teams.map((id) => ({ type: 'teams', id })) },
      user: { data: { type: 'users', id: relation.user } },
    },
    links: {},
  };
}

/** `ids` with `more` appended, each once, in first-seen order. */
export function merged(ids: readonly string[], more: readonly string[]): string[] {
  return [...new Set([...ids, ...more])];
}
