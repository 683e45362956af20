import type { components } from '../../generated/computestacks.ts';
import { Table } from '../../core/table.ts';

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

export interface ComputeStacksState {
  data: ComputeStacksData;
  accounts: Table<StoredAccount>;
  tokens: Table<StoredToken>;
  credentials: Table<StoredCredential>;
}

export function openComputeStacks(data: ComputeStacksData): ComputeStacksState {
  return {
    data,
    accounts: new Table(data.accounts, {
      id: (account) => String(account.user.id),
      email: (account) => account.user.email.toLowerCase(),
    }),
    tokens: new Table(data.tokens, { token: (row) => row.token }),
    credentials: new Table(data.credentials, { username: (row) => row.username }),
  };
}

export function accountById(state: ComputeStacksState, id: number): StoredAccount | undefined {
  return state.accounts.find('id', String(id));
}

/** New ids follow the highest one, as a database sequence would. */
export function nextUserId(state: ComputeStacksState): number {
  return state.accounts.all().reduce((max, account) => Math.max(max, account.user.id), 0) + 1;
}
