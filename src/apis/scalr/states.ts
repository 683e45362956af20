import { createHash } from 'node:crypto';
import type { ProviderState } from '../../core/api/index.ts';
import { userResource } from './resources.ts';
import {
  accountUsersOfAccount,
  removeUser,
  type ScalrState,
  type StoredToken,
  type StoredUser,
} from './state.ts';

/** A provider state's user count is bounded: one request must not freeze the stub. */
const MAX_STATE_USERS = 10_000;

/** When users a state adds were "created": fixed, so a state's data never depends on the clock. */
const CREATED_AT = '2025-01-01T00:00:00Z';

/** `user-` and 15 characters of [a-z0-9] derived from the email: the same user every time. */
function stableUserId(email: string): string {
  const digest = createHash('sha256').update(`provider-state:${email.toLowerCase()}`).digest();
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `user-${[...digest.subarray(0, 15)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

/** A Pending user with that email, as createUser would store it (no password, no teams). */
function ensureUserWithEmail(state: ScalrState, email: string): StoredUser {
  const existing = state.users.find('email', email.toLowerCase());
  if (existing) return existing;
  const user = userResource({
    id: stableUserId(email),
    email,
    fullName: null,
    status: 'Pending',
    createdAt: CREATED_AT,
    lastLoginAt: null,
    identityProviders: [state.settings.defaultIdentityProvider],
    teams: [],
  });
  return state.users.insert({ user, passwordHash: null, changePasswordOnSignIn: false });
}

/** Makes `token` exist with exactly these accounts and permissions. */
function ensureToken(state: ScalrState, wanted: StoredToken): void {
  const row = state.tokens.get(wanted.token);
  if (row && JSON.stringify(row) === JSON.stringify(wanted)) return;
  if (row) state.tokens.replace(row, wanted);
  else state.tokens.insert(wanted);
}

/**
 * Deletes an account with everything that hangs on it: its account-users, its
 * teams (and every membership in them) and its place in limited tokens.
 */
function removeAccount(state: ScalrState, accountId: string): void {
  const account = state.accounts.get(accountId);
  if (!account) return;
  for (const row of [...accountUsersOfAccount(state, accountId)]) state.accountUsers.remove(row);
  const teams = new Set(state.teams.group('account', accountId).map((row) => row.team.id));
  for (const id of teams) {
    const team = state.teams.get(id);
    if (team) state.teams.remove(team);
  }
  const member = (ref: { id: string }) => !teams.has(ref.id);
  for (const row of [...state.users.all()]) {
    const { teams: membership } = row.user.relationships;
    if (membership.data.every(member)) continue;
    const user = {
      ...row.user,
      relationships: { ...row.user.relationships, teams: { data: membership.data.filter(member) } },
    };
    state.users.replace(row, { ...row, user });
  }
  for (const token of [...state.tokens.all()]) {
    if (token.accounts?.includes(accountId))
      state.tokens.replace(token, {
        ...token,
        accounts: token.accounts.filter((id) => id !== accountId),
      });
  }
  state.accounts.remove(account);
}

export const scalrStates: ProviderState<ScalrState>[] = [
  {
    name: /^a Scalr user '(?<user>[^']+)'$/,
    example: "a Scalr user 'user-suh84u6vuvidtbg'",
    setup(state, { user = '' }) {
      if (!state.users.get(user)) throw new Error(`no seeded Scalr user ${user}`);
    },
  },
  {
    name: /^a Scalr user with email '(?<email>[^']+)'$/,
    example: "a Scalr user with email 'jane.doe@example.com'",
    setup(state, { email = '' }) {
      if (!email.includes('@')) throw new Error(`not an email: ${email}`);
      ensureUserWithEmail(state, email);
    },
  },
  {
    name: /^no Scalr user '(?<user>[^']+)'$/,
    example: "no Scalr user 'user-doesnotexist'",
    setup(state, { user = '' }) {
      const row = state.users.get(user);
      if (row) removeUser(state, row);
    },
  },
  {
    name: /^no Scalr user with email '(?<email>[^']+)'$/,
    example: "no Scalr user with email 'new.user@example.com'",
    setup(state, { email = '' }) {
      const row = state.users.find('email', email.toLowerCase());
      if (row) removeUser(state, row);
    },
  },
  {
    name: /^at least (?<count>\d+) Scalr users$/,
    example: 'at least 3 Scalr users',
    setup(state, { count = '0' }) {
      if (Number(count) > MAX_STATE_USERS)
        throw new Error(`a provider state makes at most ${MAX_STATE_USERS} users, not ${count}`);
      for (let index = 1; state.users.size < Number(count); index += 1)
        ensureUserWithEmail(state, `provider-state-${index}@example.com`);
    },
  },
  {
    name: /^a Scalr account '(?<account>[^']+)' with team '(?<team>[^']+)'$/,
    example: "a Scalr account 'acc-svrcncgh453bi8g' with team 'team-t67mjtnokncjpd8'",
    setup(state, { account = '', team = '' }) {
      if (!/^acc-[a-z0-9]+$/.test(account) || !/^team-[a-z0-9]+$/.test(team))
        throw new Error(`not an account and team ID: ${account}, ${team}`);
      if (!state.accounts.get(account))
        state.accounts.insert({ attributes: { name: account }, id: account, type: 'accounts' });
      const row = state.teams.get(team);
      if (row?.account === account) return;
      if (row) throw new Error(`team ${team} belongs to account ${row.account}`);
      state.teams.insert({
        account,
        team: { attributes: { description: null, name: team }, id: team, type: 'teams' },
      });
    },
  },
  {
    name: /^no Scalr account '(?<account>[^']+)'$/,
    example: "no Scalr account 'acc-doesnotexist'",
    setup(state, { account = '' }) {
      removeAccount(state, account);
    },
  },
  {
    name: /^a Scalr token '(?<token>[^']+)' without IAM permissions$/,
    example: "a Scalr token 'tk-scalr-no-iam-access' without IAM permissions",
    setup(state, { token = '' }) {
      ensureToken(state, { token, accounts: null, permissions: [] });
    },
  },
  {
    name: /^a Scalr token '(?<token>[^']+)' reading only account '(?<account>[^']+)'$/,
    example:
      "a Scalr token 'tk-scalr-demo-account-reader' reading only account 'acc-svrcncgh453bi8g'",
    setup(state, { token = '', account = '' }) {
      if (!state.accounts.get(account)) throw new Error(`no Scalr account ${account}`);
      ensureToken(state, { token, accounts: [account], permissions: ['read'] });
    },
  },
];
