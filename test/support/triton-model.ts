import fc from 'fast-check';
import type { StoredUser, TritonState } from '../../src/apis/triton/state.ts';
import type { StoreData } from '../../src/core/state/index.ts';

/** A change to Triton users `p0`..`p12` that store property tests make and check. */
export type Op = { kind: 'insert' | 'replace' | 'remove'; login: number; email: number };
/** What those users should be: login → email. */
export type Model = Map<string, string>;

export const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('insert', 'replace', 'remove') as fc.Arbitrary<Op['kind']>,
  login: fc.nat(12),
  email: fc.nat(1000),
});

/** Applies `op` to the model as the table would (an op that cannot apply changes nothing). */
export function applyToModel(model: Model, op: Op): Model {
  const next = new Map(model);
  const login = `p${op.login}`;
  if (op.kind === 'insert' && !next.has(login)) next.set(login, `e${op.email}@example.com`);
  if (op.kind === 'replace' && next.has(login)) next.set(login, `e${op.email}@example.com`);
  if (op.kind === 'remove') next.delete(login);
  return next;
}

export function applyToState(state: TritonState, op: Op): void {
  const login = `p${op.login}`;
  const row = state.users.find('login', `demo/${login}`);
  const email = `e${op.email}@example.com`;
  if (op.kind === 'insert' && !row) state.users.insert(userRow(login, email));
  if (op.kind === 'replace' && row)
    state.users.replace(row, { ...row, user: { ...row.user, email } });
  if (op.kind === 'remove' && row) state.users.remove(row);
}

function userRow(login: string, email: string): StoredUser {
  const time = '2026-01-01T00:00:00.000Z';
  const id = `00000000-0000-4000-8000-${login.padStart(12, '0')}`;
  return {
    account: 'demo',
    passwordHash: 'x',
    roles: [],
    defaultRoles: [],
    user: { id, login, email, created: time, updated: time },
  };
}

/** The model a stored Triton document holds; a user there twice throws. */
export function modelOf(data: StoreData | null | undefined): Model {
  const users = (data?.apis.triton as { users: StoredUser[] } | undefined)?.users ?? [];
  const model: Model = new Map();
  for (const row of users) {
    if (!row.user.login.startsWith('p')) continue;
    if (model.has(row.user.login)) throw new Error(`${row.user.login} is there twice`);
    model.set(row.user.login, row.user.email);
  }
  return model;
}

export function sameModel(a: Model, b: Model): boolean {
  return a.size === b.size && [...a].every(([login, email]) => b.get(login) === email);
}
