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

function ensureUser(state: TritonState, account: string, login: string): void {
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
}

/** The spec's example key (KeyAlice), so a contract's key answers match its examples. */
const EXAMPLE_KEY = {
  name: 'alice-laptop',
  fingerprint: '62:41:d4:82:84:f4:0c:0e:c3:83:5d:d5:83:8e:21:88',
  key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG5XBK/nWH6vYnTZ/zvdSGo6EpCV/AlwHbQcsV066Ow8 alice-laptop',
};

export const tritonStates: ProviderState<TritonState>[] = [
  {
    name: /^a Triton account '(?<account>[^']+)' with user '(?<login>[^']+)' (?<keys>holding key 'alice-laptop'|without keys)$/,
    example: "a Triton account 'demo' with user 'alice' holding key 'alice-laptop'",
    setup(state, { account = 'demo', login = 'alice', keys = '' }) {
      ensureUser(state, account, login);
      const row = findUser(state, account, login);
      if (!row) return;
      state.users.replace(row, { ...row, keys: keys === 'without keys' ? [] : [EXAMPLE_KEY] });
    },
  },
  {
    name: /^a Triton account '(?<account>[^']+)' with user '(?<login>[^']+)'$/,
    example: "a Triton account 'demo' with user 'alice'",
    setup(state, { account = 'demo', login = 'alice' }) {
      ensureUser(state, account, login);
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
