import type { ProviderState } from '../../core/api/index.ts';
import { hashPassword } from '../../core/api/index.ts';
import type { ScalingoState } from './state.ts';

const DAY_MS = 86_400_000;

function accountNamed(state: ScalingoState, username: string) {
  const account = state.accounts.find('username', username);
  if (!account) throw new Error(`no seeded user ${username}`);
  return account;
}

export const scalingoStates: ProviderState<ScalingoState>[] = [
  {
    name: /^the Scalingo user '(?<username>[^']+)'$/,
    example: "the Scalingo user 'doc-account'",
    setup(state, { username = '' }) {
      if (!state.accounts.find('username', username)) throw new Error(`no seeded user ${username}`);
    },
  },
  {
    name: /^another Scalingo user with email '(?<email>[^']+)'$/,
    example: "another Scalingo user with email 'taken@example.com'",
    setup(state, { email = '' }) {
      if (state.accounts.find('email', email.toLowerCase())) return;
      const other = state.accounts.all().find((account) => account.user.username !== 'doc-account');
      if (!other) throw new Error('the seed has no second user (start with --users 1 or more)');
      state.accounts.replace(other, { ...other, user: { ...other.user, email } });
    },
  },
  {
    name: /^the Scalingo user '(?<username>[^']+)' in a free trial$/,
    example: "the Scalingo user 'doc-account' in a free trial",
    setup(state, { username = '' }) {
      const account = accountNamed(state, username);
      const now = Date.now();
      const user = {
        ...account.user,
        free_trial_started_at: new Date(now - DAY_MS).toISOString(),
        free_trial_end_time: new Date(now + 29 * DAY_MS).toISOString(),
      };
      state.accounts.replace(account, { ...account, user });
    },
  },
  {
    name: /^a deletion '(?<id>[^']+)' with token '(?<token>[^']+)' of the Scalingo user '(?<username>[^']+)'$/,
    example: "a deletion 'del-1' with token 'emailed-token' of the Scalingo user 'doc-account'",
    setup(state, { id = '', token = '', username = '' }) {
      const user = accountNamed(state, username).user.id;
      const earlier = state.deletions.get(id);
      if (earlier) state.deletions.remove(earlier);
      const created_at = new Date(0).toISOString();
      state.deletions.insert({ id, user, created_at, tokenHash: hashPassword(token) });
    },
  },
];
