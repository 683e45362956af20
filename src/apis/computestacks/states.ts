import type { ProviderState } from '../../core/api.ts';
import type { ComputeStacksState } from './state.ts';

export const computeStacksStates: ProviderState<ComputeStacksState>[] = [
  {
    name: /^the ComputeStacks user '(?<email>[^']+)'$/,
    example: "the ComputeStacks user 'john@example.com'",
    setup(state, { email = '' }) {
      if (!state.accounts.find('email', email.toLowerCase()))
        throw new Error(`no seeded ComputeStacks user ${email}`);
    },
  },
  {
    name: /^another ComputeStacks user with email '(?<email>[^']+)'$/,
    example: "another ComputeStacks user with email 'taken@example.com'",
    setup(state, { email = '' }) {
      if (state.accounts.find('email', email.toLowerCase())) return;
      const other = state.accounts.all().find((account) => account.user.id !== 1);
      if (!other) throw new Error('the seed has no second user (start with --users 1 or more)');
      state.accounts.replace(other, {
        ...other,
        user: { ...other.user, email: email.toLowerCase() },
      });
    },
  },
];
