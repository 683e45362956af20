import type { ProviderState } from '../../core/api.ts';
import { removeUser, type ScalrState } from './state.ts';

export const scalrStates: ProviderState<ScalrState>[] = [
  {
    name: /^a Scalr user '(?<user>[^']+)'$/,
    example: "a Scalr user 'user-suh84u6vuvidtbg'",
    setup(state, { user = '' }) {
      if (!state.users.find('id', user)) throw new Error(`no seeded Scalr user ${user}`);
    },
  },
  {
    name: /^no Scalr user '(?<user>[^']+)'$/,
    example: "no Scalr user 'user-ghost'",
    setup(state, { user = '' }) {
      const row = state.users.find('id', user);
      if (row) removeUser(state, row);
    },
  },
];
