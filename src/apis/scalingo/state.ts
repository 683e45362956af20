import type { components } from '../../generated/scalingo.ts';
import type { Table, TableSpecs, TablesOf } from '../../core/state/index.ts';

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

/** A requested account deletion, waiting for the emailed token. */
export interface StoredDeletion {
  id: string;
  /** The id of the user whose account it deletes. */
  user: string;
  created_at: string;
  tokenHash: string;
}

export interface ScalingoData {
  /** HMAC key for the JWTs the token exchange issues; seeded, so tokens survive restarts. */
  jwtSecret: string;
  roles: string[];
  accounts: StoredAccount[];
  apps: StoredApp[];
  addons: StoredAddon[];
  usage: StoredUsage[];
  deletions: StoredDeletion[];
}

export const SCALINGO_TABLES = {
  accounts: {
    key: (account: StoredAccount) => account.user.id,
    unique: {
      email: (account: StoredAccount) => account.user.email.toLowerCase(),
      username: (account: StoredAccount) => account.user.username.toLowerCase(),
      token: (account: StoredAccount) => account.tokens,
    },
  },
  apps: {
    key: (app: StoredApp) => app.id,
    groups: { owner: (app: StoredApp) => app.owner },
  },
  addons: {
    key: (addon: StoredAddon) => addon.id,
    groups: { app: (addon: StoredAddon) => addon.app_id },
  },
  usage: {
    key: (record: StoredUsage) => `${record.owner}/${record.usage.app_id}/${record.date}`,
    groups: { owner: (record: StoredUsage) => record.owner },
  },
  deletions: {
    key: (deletion: StoredDeletion) => deletion.id,
    groups: { user: (deletion: StoredDeletion) => deletion.user },
  },
} satisfies TableSpecs;

export type ScalingoSettings = Pick<ScalingoData, 'jwtSecret' | 'roles'>;

export interface ScalingoState {
  settings: ScalingoSettings;
  accounts: Table<StoredAccount>;
  apps: Table<StoredApp>;
  addons: Table<StoredAddon>;
  usage: Table<StoredUsage>;
  deletions: Table<StoredDeletion>;
}

export function openScalingo(
  tables: TablesOf<typeof SCALINGO_TABLES>,
  settings: ScalingoSettings,
): ScalingoState {
  return { settings, ...tables };
}

/** Finds the account holding an API token (any of its tokens). */
export function accountByToken(state: ScalingoState, token: string): StoredAccount | undefined {
  return state.accounts.find('token', token);
}
