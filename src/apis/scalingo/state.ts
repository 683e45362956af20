import type { components } from '../../generated/scalingo.ts';
import { Table } from '../../core/table.ts';

export type ScalingoUser = components['schemas']['User'];
export type AppUsage = components['schemas']['AppUsage'];

/** A user account: the resource as the API returns it, plus its credentials. */
export interface StoredAccount {
  user: ScalingoUser;
  /** API tokens (`tk-us-...`) usable as Bearer tokens or for the exchange. */
  tokens: string[];
  passwordHash: string | null;
}

export interface StoredApp {
  id: string;
  name: string;
  owner: string;
}

/** An addon of an app; a database addon's id is what the database API takes as `{db}`. */
export interface StoredAddon {
  id: string;
  /** The id of the app it belongs to. */
  app_id: string;
  resource_id: string;
  addon_provider: { id: string; name: string };
}

/** One app's usage for one day-stamped period, owned by a user. */
export interface StoredUsage {
  owner: string;
  /** `YYYY-MM-DD`: the day the period starts, compared with `from`/`to`. */
  date: string;
  usage: AppUsage;
}

export interface ScalingoData {
  /** HMAC key for the JWTs the token exchange issues; seeded, so tokens survive restarts. */
  jwtSecret: string;
  roles: string[];
  accounts: StoredAccount[];
  apps: StoredApp[];
  addons: StoredAddon[];
  usage: StoredUsage[];
}

export interface ScalingoState {
  data: ScalingoData;
  accounts: Table<StoredAccount>;
}

export function openScalingo(data: ScalingoData): ScalingoState {
  return {
    data,
    accounts: new Table(data.accounts, {
      id: (account) => account.user.id,
      email: (account) => account.user.email.toLowerCase(),
      username: (account) => account.user.username.toLowerCase(),
      token: (account) => account.tokens[0],
    }),
  };
}

/** Finds the account holding an API token (any of its tokens, not just the first). */
export function accountByToken(state: ScalingoState, token: string): StoredAccount | undefined {
  return (
    state.accounts.find('token', token) ??
    state.accounts.all().find((a) => a.tokens.includes(token))
  );
}
