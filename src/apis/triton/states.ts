import { createHash } from 'node:crypto';
import { type ProviderState, hashPassword } from '../../core/api/index.ts';
import { findUser, type TritonState } from './state.ts';

/** A stable id per (account, login), so a state set up twice yields the same user. */
function stableId(account: string, login: string): string {
  const digits = createHash('sha256').update(`provider-state:${account}/${login}`).digest('hex');
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-8${digits.slice(17, 20)}-${digits.slice(20, 32)}`;
}

function ensureAccount(state: TritonState, login: string): void {
  if (state.accounts.get(login)) return;
  state.accounts.insert({
    id: stableId(login, ''),
    login,
    email: `${login}@example.com`,
    tokens: [],
    keys: [],
  });
}

export const tritonStates: ProviderState<TritonState>[] = [
  {
    name: /^a Triton account '(?<account>[^']+)' with user '(?<login>[^']+)'$/,
    example: "a Triton account 'demo' with user 'alice'",
    setup(state, { account = 'demo', login = 'alice' }) {
      ensureAccount(state, account);
      if (findUser(state, account, login)) return;
      const now = '2025-01-01T00:00:00.000Z';
      state.users.insert({
        account,
        passwordHash: hashPassword(`${login}-secret-42`, 'state'),
        roles: [],
        defaultRoles: [],
        user: {
          id: stableId(account, login),
          login,
          email: `${login}@example.com`,
          created: now,
          updated: now,
        },
      });
    },
  },
  {
    name: /^no Triton user '(?<login>[^']+)'(?: in account '(?<account>[^']+)')?$/,
    example: "no Triton user 'ghost'",
    setup(state, { account = 'demo', login = '' }) {
      const row = findUser(state, account, login);
      if (row) state.users.remove(row);
    },
  },
  {
    name: /^a Triton account '(?<account>[^']+)'$/,
    example: "a Triton account 'demo'",
    setup(state, { account = 'demo' }) {
      ensureAccount(state, account);
    },
  },
];
