import type { components } from '../../generated/triton.ts';
import type { TableSpecs, TablesOf } from '../../core/state/index.ts';

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
  /** The sub-user's SSH keys (CreateUserKey); they sign requests as the sub-user. */
  keys?: StoredKey[];
}

export interface TritonData {
  accounts: StoredAccount[];
  users: StoredUser[];
}

export const TRITON_TABLES = {
  accounts: {
    key: (account: StoredAccount) => account.login,
    unique: { token: (account: StoredAccount) => account.tokens },
  },
  users: {
    key: (row: StoredUser) => `${row.account}/${row.user.id}`,
    // UFDS compares logins without regard to case (`login ~* '^…$'`, sdc-ufds lib/db/add.js).
    unique: { login: (row: StoredUser) => `${row.account}/${row.user.login.toLowerCase()}` },
    groups: { account: (row: StoredUser) => row.account },
  },
} satisfies TableSpecs;

export type TritonState = TablesOf<typeof TRITON_TABLES>;

export function openTriton(tables: TritonState): TritonState {
  return tables;
}

/** A sub-user addressed by UUID or login, as GetUser and DeleteUser accept. */
export function findUser(
  state: TritonState,
  account: string,
  idOrLogin: string,
): StoredUser | undefined {
  const byLogin = state.users.find('login', `${account}/${idOrLogin.toLowerCase()}`);
  return (
    state.users.get(`${account}/${idOrLogin}`) ??
    (byLogin?.user.login === idOrLogin ? byLogin : undefined)
  );
}
