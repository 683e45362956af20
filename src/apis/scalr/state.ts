import type { components } from '../../generated/scalr.ts';
import type { TableSpecs, TablesOf } from '../../core/state/index.ts';

type Schemas = components['schemas'];
export type ScalrUser = Schemas['User'];
export type AccountUser = Schemas['AccountUser'];
export type Account = Schemas['Account'];
export type Team = Schemas['Team'];
export type IdentityProvider = Schemas['IdentityProvider'];
export type UserStatus = Schemas['UserStatus'];

/** What a token may do: `read` covers the GETs, `write` every other operation. */
export type Permission = 'read' | 'write';

export interface StoredToken {
  token: string;
  /** The accounts the token sees; `null` for every account (an account owner's token). */
  accounts: string[] | null;
  permissions: Permission[];
}

/** An IAM user: the resource as the API returns it, and what it never returns. */
export interface StoredUser {
  user: ScalrUser;
  passwordHash: string | null;
  changePasswordOnSignIn: boolean;
}

export interface StoredAccountUser {
  accountUser: AccountUser;
  /** Access granted from the global scope (self-hosted): what `exclude_global_users` drops. */
  global: boolean;
  /** Roles granted on the account scope by an invite; not part of the resource. */
  roles: string[];
}

export interface StoredTeam {
  account: string;
  team: Team;
}

export interface StoredRole {
  id: string;
  name: string;
}

export interface ScalrData {
  tokens: StoredToken[];
  /** Given to users created without an identity provider (Scalr's own sign-in). */
  defaultIdentityProvider: string;
  identityProviders: IdentityProvider[];
  accounts: Account[];
  teams: StoredTeam[];
  roles: StoredRole[];
  users: StoredUser[];
  accountUsers: StoredAccountUser[];
}

export const userIdOf = (row: StoredAccountUser) => row.accountUser.relationships.user.data.id;
export const accountIdOf = (row: StoredAccountUser) =>
  row.accountUser.relationships.account.data.id;

export const SCALR_TABLES = {
  tokens: { key: (row: StoredToken) => row.token },
  identityProviders: { key: (idp: IdentityProvider) => idp.id },
  accounts: { key: (account: Account) => account.id },
  teams: {
    key: (row: StoredTeam) => row.team.id,
    groups: { account: (row: StoredTeam) => row.account },
  },
  roles: { key: (role: StoredRole) => role.id },
  users: {
    key: (row: StoredUser) => row.user.id,
    unique: { email: (row: StoredUser) => row.user.attributes.email.toLowerCase() },
  },
  accountUsers: {
    key: (row: StoredAccountUser) => row.accountUser.id,
    groups: { user: userIdOf, account: accountIdOf },
  },
} satisfies TableSpecs;

export type ScalrSettings = Pick<ScalrData, 'defaultIdentityProvider'>;

export type ScalrState = TablesOf<typeof SCALR_TABLES> & { settings: ScalrSettings };

export function openScalr(
  tables: TablesOf<typeof SCALR_TABLES>,
  settings: ScalrSettings,
): ScalrState {
  return { ...tables, settings };
}

export function accountUsersOfUser(
  state: ScalrState,
  userId: string,
): readonly StoredAccountUser[] {
  return state.accountUsers.group('user', userId);
}

export function accountUsersOfAccount(
  state: ScalrState,
  accountId: string,
): readonly StoredAccountUser[] {
  return state.accountUsers.group('account', accountId);
}

/** Deletes a user and, with it, every account-user relation it had. */
export function removeUser(state: ScalrState, row: StoredUser): void {
  for (const relation of accountUsersOfUser(state, row.user.id))
    state.accountUsers.remove(relation);
  state.users.remove(row);
}
