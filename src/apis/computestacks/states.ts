import type { ProviderState } from '../../core/api/index.ts';
import { accountById, type ComputeStacksState } from './state.ts';

/** The scopes of the controller's Doorkeeper configuration (the spec's `oauth2` flows). */
export const COMPUTESTACKS_SCOPES = ['public', 'profile_read', 'profile_update', 'register'];

/** The stable token of the "without scope" state: `cs-without-profile_update`, ... */
export const tokenWithoutScope = (scope: string) => `cs-without-${scope}`;

/** The document's user (`DocUser`, id 1), who owns the demo tokens. */
const DOC_USER_ID = 1;

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
  {
    name: /^no ComputeStacks user with email '(?<email>[^']+)'$/,
    example: "no ComputeStacks user with email 'jane.smith@example.com'",
    setup(state, { email = '' }) {
      const holder = state.accounts.find('email', email.toLowerCase());
      if (!holder) return;
      if (holder.user.id === DOC_USER_ID)
        throw new Error(`${email} is the document's user, whom the other states need`);
      // The user's tokens and API credentials go with it, as `dependent: :destroy` does.
      const id = holder.user.id;
      for (const row of state.tokens.group('user', String(id))) state.tokens.remove(row);
      for (const row of state.credentials.group('user', String(id))) state.credentials.remove(row);
      state.accounts.remove(holder);
    },
  },
  {
    name: /^a ComputeStacks token without scope '(?<scope>[^']+)'$/,
    example: "a ComputeStacks token without scope 'profile_update'",
    setup(state, { scope = '' }) {
      if (!COMPUTESTACKS_SCOPES.includes(scope))
        throw new Error(
          `unknown ComputeStacks scope ${scope} (one of ${COMPUTESTACKS_SCOPES.join(', ')})`,
        );
      const token = tokenWithoutScope(scope);
      if (state.tokens.get(token)) return;
      if (!accountById(state, DOC_USER_ID))
        throw new Error(`no seeded ComputeStacks user ${DOC_USER_ID} to own the token`);
      state.tokens.insert({
        token,
        scopes: COMPUTESTACKS_SCOPES.filter((held) => held !== scope),
        userId: DOC_USER_ID,
      });
    },
  },
];
