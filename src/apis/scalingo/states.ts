import type { ProviderState } from '../../core/api/index.ts';
import type { ScalingoState } from './state.ts';

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
];
