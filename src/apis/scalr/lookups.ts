import { ApiError } from '../../core/api/index.ts';
import { seesUser, type ScalrPrincipal } from './auth.ts';
import { included, listParameter, type IncludedResource } from './json-api.ts';
import {
  accountIdOf,
  userIdOf,
  type ScalrState,
  type ScalrUser,
  type StoredAccountUser,
  type StoredUser,
} from './state.ts';

/** Scalr's 404: the message in `title`, the same whether the ID is unknown or hidden. */
export function notFound(kind: string, id: string, pointer?: string): ApiError {
  return new ApiError({
    kind: 'notFound',
    message: `${kind} with ID '${id}' not found or user unauthorized.`,
    resource: kind,
    issues: pointer ? [{ location: 'body', pointer, message: 'not found' }] : [],
  });
}

export function visibleUser(state: ScalrState, principal: ScalrPrincipal, id: string): StoredUser {
  const row = state.users.get(id);
  if (!row || !seesUser(state, principal, id)) throw notFound('User', id);
  return row;
}

const teamOf = (state: ScalrState, id: string) => state.teams.get(id)?.team;

function userIncludes(state: ScalrState, user: ScalrUser, path: string) {
  const { relationships } = user;
  if (path === 'teams') return relationships.teams.data.map((ref) => teamOf(state, ref.id));
  return relationships['identity-providers'].data.map((ref) => state.identityProviders.get(ref.id));
}

function accountUserIncludes(
  state: ScalrState,
  row: StoredAccountUser,
  path: string,
): (IncludedResource | undefined)[] {
  if (path === 'account') return [state.accounts.get(accountIdOf(row))];
  if (path === 'user') return [state.users.get(userIdOf(row))?.user];
  return row.accountUser.relationships.teams.data.map((ref) => teamOf(state, ref.id));
}

export function includedForUsers(state: ScalrState, users: readonly ScalrUser[], include: unknown) {
  return included(users, listParameter(include), (user, path) => userIncludes(state, user, path));
}

export function includedForAccountUsers(
  state: ScalrState,
  rows: readonly StoredAccountUser[],
  include: unknown,
) {
  return included(rows, listParameter(include), (row, path) =>
    accountUserIncludes(state, row, path),
  );
}

/** A single-resource document: `included` only when the client asked for it. */
export function single<T>(data: T, include: unknown, side: () => IncludedResource[]) {
  return listParameter(include).length > 0 ? { data, included: side() } : { data };
}
