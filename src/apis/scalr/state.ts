import type { components } from '../../generated/scalr.ts';
import { Table } from '../../core/table.ts';

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

export interface ScalrState {
  data: ScalrData;
  tokens: Table<StoredToken>;
  identityProviders: Table<IdentityProvider>;
  accounts: Table<Account>;
  teams: Table<StoredTeam>;
  roles: Table<StoredRole>;
  users: Table<StoredUser>;
  accountUsers: Table<StoredAccountUser>;
  /** One-to-many indexes (Table keys are unique), in insertion order like the table. */
  accountUsersByUser: Map<string, StoredAccountUser[]>;
  accountUsersByAccount: Map<string, StoredAccountUser[]>;
}

export function openScalr(data: ScalrData): ScalrState {
  const state: ScalrState = {
    data,
    tokens: new Table(data.tokens, { token: (row) => row.token }),
    identityProviders: new Table(data.identityProviders, { id: (idp) => idp.id }),
    accounts: new Table(data.accounts, { id: (account) => account.id }),
    teams: new Table(data.teams, { id: (row) => row.team.id }),
    roles: new Table(data.roles, { id: (role) => role.id }),
    users: new Table(data.users, {
      id: (row) => row.user.id,
      email: (row) => row.user.attributes.email.toLowerCase(),
    }),
    accountUsers: new Table(data.accountUsers, { id: (row) => row.accountUser.id }),
    accountUsersByUser: new Map(),
    accountUsersByAccount: new Map(),
  };
  for (const row of data.accountUsers) indexAccountUser(state, row);
  return state;
}

export const userIdOf = (row: StoredAccountUser) => row.accountUser.relationships.user.data.id;
export const accountIdOf = (row: StoredAccountUser) =>
  row.accountUser.relationships.account.data.id;

export function accountUsersOfUser(state: ScalrState, userId: string): StoredAccountUser[] {
  return state.accountUsersByUser.get(userId) ?? [];
}

export function accountUsersOfAccount(state: ScalrState, accountId: string): StoredAccountUser[] {
  return state.accountUsersByAccount.get(accountId) ?? [];
}

export function insertAccountUser(state: ScalrState, row: StoredAccountUser): StoredAccountUser {
  state.accountUsers.insert(row);
  indexAccountUser(state, row);
  return row;
}

export function replaceAccountUser(
  state: ScalrState,
  row: StoredAccountUser,
  next: StoredAccountUser,
): StoredAccountUser {
  state.accountUsers.replace(row, next);
  for (const list of [
    state.accountUsersByUser.get(userIdOf(row)),
    state.accountUsersByAccount.get(accountIdOf(row)),
  ]) {
    const at = list?.indexOf(row) ?? -1;
    if (list && at >= 0) list[at] = next;
  }
  return next;
}

/** Deletes a user and, with it, every account-user relation it had. */
export function removeUser(state: ScalrState, row: StoredUser): void {
  const id = row.user.id;
  for (const relation of accountUsersOfUser(state, id)) {
    state.accountUsers.remove(relation);
    unlist(state.accountUsersByAccount, accountIdOf(relation), relation);
  }
  state.accountUsersByUser.delete(id);
  state.users.remove(row);
}

function indexAccountUser(state: ScalrState, row: StoredAccountUser): void {
  list(state.accountUsersByUser, userIdOf(row)).push(row);
  list(state.accountUsersByAccount, accountIdOf(row)).push(row);
}

function list<Row>(index: Map<string, Row[]>, key: string): Row[] {
  let rows = index.get(key);
  if (!rows) {
    rows = [];
    index.set(key, rows);
  }
  return rows;
}

function unlist<Row>(index: Map<string, Row[]>, key: string, row: Row): void {
  const rows = index.get(key);
  const at = rows?.indexOf(row) ?? -1;
  if (rows && at >= 0) rows.splice(at, 1);
  if (rows?.length === 0) index.delete(key);
}
