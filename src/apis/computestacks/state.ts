import type { components } from '../../generated/computestacks.ts';
import type { Table, TableSpecs, TablesOf } from '../../core/state/index.ts';

export type ComputeStacksUser = components['schemas']['User'];
export type Labels = components['schemas']['Labels'];
export type BillingPlan = components['schemas']['BillingPlan'];
export type QuotaUsage = components['schemas']['QuotaUsage'];

/** A user account: the resource `GET /api/users` returns, and what the view leaves out. */
export interface StoredAccount {
  user: ComputeStacksUser;
  /** `User#labels` (`{cpanel: {<server>: <username>}}`, ...): kept, never shown by `show.rabl`. */
  labels: Labels;
  externalId: string | null;
}

/** A Doorkeeper access token: scopes, and the resource owner (none for client credentials). */
export interface StoredToken {
  token: string;
  scopes: string[];
  userId: number | null;
  /** ISO time after which Doorkeeper answers "The access token expired". */
  expiresAt?: string;
  revoked?: boolean;
}

/** A `User::ApiCredential` for HTTP Basic; the password is kept only as a digest. */
export interface StoredCredential {
  name: string;
  username: string;
  passwordDigest: string;
  userId: number;
}

/** The controller's own settings that shape new users (`Setting.hostname`, `ENV['CURRENCY']`, ...). */
export interface Installation {
  hostname: string;
  currency: string;
  locales: string[];
  billingPlan: BillingPlan;
  quota: Record<string, QuotaUsage>;
}

export interface ComputeStacksData {
  installation: Installation;
  accounts: StoredAccount[];
  tokens: StoredToken[];
  credentials: StoredCredential[];
}

export const COMPUTESTACKS_TABLES = {
  accounts: {
    key: (account: StoredAccount) => String(account.user.id),
    unique: { email: (account: StoredAccount) => account.user.email.toLowerCase() },
  },
  tokens: {
    key: (row: StoredToken) => row.token,
    groups: { user: (row: StoredToken) => (row.userId === null ? undefined : String(row.userId)) },
  },
  credentials: {
    key: (row: StoredCredential) => row.username,
    groups: { user: (row: StoredCredential) => String(row.userId) },
  },
} satisfies TableSpecs;

export type ComputeStacksSettings = Pick<ComputeStacksData, 'installation'>;

export interface ComputeStacksState {
  settings: ComputeStacksSettings;
  accounts: Table<StoredAccount>;
  tokens: Table<StoredToken>;
  credentials: Table<StoredCredential>;
  /** The highest user id given so far; found on first use, then counted on like a sequence. */
  lastUserId: number | undefined;
}

export function openComputeStacks(
  tables: TablesOf<typeof COMPUTESTACKS_TABLES>,
  settings: ComputeStacksSettings,
): ComputeStacksState {
  return { settings, ...tables, lastUserId: undefined };
}

export function accountById(state: ComputeStacksState, id: number): StoredAccount | undefined {
  return state.accounts.get(String(id));
}

/** New ids follow the highest one, as a database sequence would (an id is never given twice). */
export function nextUserId(state: ComputeStacksState): number {
  if (state.lastUserId === undefined) {
    state.lastUserId = 0;
    for (const row of state.accounts.values())
      state.lastUserId = Math.max(state.lastUserId, row.user.id);
  }
  state.lastUserId += 1;
  return state.lastUserId;
}
