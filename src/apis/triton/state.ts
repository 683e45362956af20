import type { components } from '../../generated/triton.ts';
import { Table } from '../../core/table.ts';

export type TritonUser = components['schemas']['User'];

export interface StoredKey {
  name: string;
  /** MD5 fingerprint, hex with colons, as CloudAPI clients put it in keyId. */
  fingerprint: string;
  /** OpenSSH public key line. */
  key: string;
}

export interface StoredAccount {
  id: string;
  login: string;
  email: string;
  /** Bearer tokens that act as this account (facsimile's demo convenience). */
  tokens: string[];
  keys: StoredKey[];
}

/** A sub-user: the resource exactly as CloudAPI returns it, plus what it never returns. */
export interface StoredUser {
  account: string;
  passwordHash: string;
  roles: string[];
  defaultRoles: string[];
  user: TritonUser;
}

export interface TritonData {
  accounts: StoredAccount[];
  users: StoredUser[];
}

export interface TritonState {
  accounts: Table<StoredAccount>;
  users: Table<StoredUser>;
}

export function openTriton(data: TritonData): TritonState {
  return {
    accounts: new Table(data.accounts, { login: (account) => account.login }),
    users: new Table(data.users, {
      id: (row) => `${row.account}/${row.user.id}`,
      login: (row) => `${row.account}/${row.user.login}`,
    }),
  };
}

/** A sub-user addressed by UUID or login, as GetUser and DeleteUser accept. */
export function findUser(
  state: TritonState,
  account: string,
  idOrLogin: string,
): StoredUser | undefined {
  return (
    state.users.find('id', `${account}/${idOrLogin}`) ??
    state.users.find('login', `${account}/${idOrLogin}`)
  );
}
