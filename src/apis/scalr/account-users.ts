import { randomUUID } from 'node:crypto';
import {
  type Handler,
  ApiError,
  type Issue,
  type BodyOf,
  type QueryOf,
} from '../../core/api/index.ts';
import type { operations } from '../../generated/scalr.ts';
import { requirePermission, seesAccount, type ScalrPrincipal } from './auth.ts';
import { document, listParameter, pageOf, paginate, sorted, type SortValue } from './json-api.ts';
import { includedForAccountUsers, notFound, single } from './lookups.ts';
import { accountUserResource, merged } from './resources.ts';
import {
  accountIdOf,
  accountUsersOfAccount,
  accountUsersOfUser,
  userIdOf,
  type ScalrState,
  type StoredAccountUser,
} from './state.ts';
import { findOrInviteUser } from './users.ts';

type ScalrHandler = Handler<ScalrState, ScalrPrincipal>;
type ListQuery = QueryOf<operations['listAccountUsers']>;
type InviteBody = BodyOf<operations['inviteUserToAccount']>;

const listAccountUsers: ScalrHandler = ({ state, principal, query, request }) => {
  requirePermission(principal, 'read');
  const params = query as ListQuery;
  const rows = sorted(
    matchingAccountUsers(state, principal, params),
    listParameter(params.sort),
    (row, field) => sortValue(state, row, field),
  );
  const page = paginate(rows, pageOf(params), request);
  return document(200, {
    data: page.items.map((row) => row.accountUser),
    included:
      params.include === undefined
        ? null
        : includedForAccountUsers(state, page.items, params.include),
    links: page.links,
    meta: page.meta,
  });
};

function matchingAccountUsers(
  state: ScalrState,
  principal: ScalrPrincipal,
  params: ListQuery,
): readonly StoredAccountUser[] {
  const account = params['filter[account]'] || undefined;
  const user = params['filter[user]'] || undefined;
  // A token may not see an existing account: 404. An unknown account is simply empty (200).
  if (account !== undefined && state.accounts.get(account) && !seesAccount(principal, account))
    throw notFound('Account', account);
  // Start from the shorter index list; the other filters only narrow it. Neither filter (the
  // document's own example request): every account-user the token may see.
  const byAccount = account === undefined ? undefined : accountUsersOfAccount(state, account);
  const byUser = user === undefined ? undefined : accountUsersOfUser(state, user);
  const rows =
    byAccount && byUser && byUser.length < byAccount.length
      ? byUser
      : (byAccount ?? byUser ?? state.accountUsers.all());
  const excludeGlobal = params.exclude_global_users?.toLowerCase() === 'true';
  const text = params.query?.toLowerCase();
  const checks: ((row: StoredAccountUser) => boolean)[] = [];
  if (account !== undefined && rows !== byAccount)
    checks.push((row) => accountIdOf(row) === account);
  if (user !== undefined && rows !== byUser) checks.push((row) => userIdOf(row) === user);
  if (principal.token.accounts !== null)
    checks.push((row) => seesAccount(principal, accountIdOf(row)));
  if (excludeGlobal) checks.push((row) => !row.global);
  if (text) checks.push((row) => userMatches(state, row, text));
  // Without narrowing, the index list itself is paged: no copy of a large account.
  return checks.length === 0 ? rows : rows.filter((row) => checks.every((check) => check(row)));
}

function userMatches(state: ScalrState, row: StoredAccountUser, text: string): boolean {
  const attributes = state.users.get(userIdOf(row))?.user.attributes;
  return [attributes?.email, attributes?.['full-name']].some((value) =>
    value?.toLowerCase().includes(text),
  );
}

/** `status` and `last-login-at` are the relation's own; the rest are the user's. */
function sortValue(state: ScalrState, row: StoredAccountUser, field: string): SortValue {
  const own = row.accountUser.attributes;
  if (field === 'status') return own.status;
  const user = state.users.get(userIdOf(row))?.user.attributes;
  if (field === 'last-login-at') return own['last-login-at'] ?? user?.['last-login-at'] ?? null;
  return (user?.[field as 'email' | 'full-name' | 'created-at'] as SortValue | undefined) ?? null;
}

const inviteUserToAccount: ScalrHandler = ({ state, principal, params, query, body }) => {
  requirePermission(principal, 'write');
  const accountId = params.account ?? '';
  if (!state.accounts.get(accountId) || !seesAccount(principal, accountId))
    throw notFound('Account', accountId);
  const { data } = body as InviteBody;
  const teams = (data.relationships?.teams?.data ?? []).map((ref) => ref.id);
  const roles = (data.relationships?.roles?.data ?? []).map((ref) => ref.id);
  assertGrantable(state, accountId, teams, roles);
  const user = findOrInviteUser(state, data.attributes.email, teams);
  const relation = inviteInto(state, accountId, user.user.id, teams, roles);
  return document(
    201,
    single(relation.accountUser, query.include, () =>
      includedForAccountUsers(state, [relation], query.include),
    ),
  );
};

/** Every team must be one of the account's, every role a known one: else 422, each named. */
function assertGrantable(state: ScalrState, account: string, teams: string[], roles: string[]) {
  const issue = (pointer: string): Issue => ({
    location: 'body',
    pointer,
    message: 'Invalid team or role.',
  });
  const issues = [
    ...teams.flatMap((id, index) =>
      state.teams.get(id)?.account === account
        ? []
        : [issue(`/data/relationships/teams/data/${index}`)],
    ),
    ...roles.flatMap((id, index) =>
      state.roles.get(id) ? [] : [issue(`/data/relationships/roles/data/${index}`)],
    ),
  ];
  if (issues.length > 0)
    throw new ApiError({ kind: 'invalid', message: 'Invalid team or role.', issues });
}

/** A user already in the account keeps its relation, with the new teams and roles added. */
function inviteInto(
  state: ScalrState,
  account: string,
  user: string,
  teams: string[],
  roles: string[],
): StoredAccountUser {
  const existing = accountUsersOfUser(state, user).find((row) => accountIdOf(row) === account);
  if (!existing) {
    const accountUser = accountUserResource({
      id: randomUUID(),
      account,
      user,
      status: 'Pending',
      lastLoginAt: null,
      teams,
    });
    return state.accountUsers.insert({ accountUser, global: false, roles });
  }
  const { accountUser } = existing;
  const teamIds = merged(
    accountUser.relationships.teams.data.map((ref) => ref.id),
    teams,
  );
  return state.accountUsers.replace(existing, {
    ...existing,
    accountUser: {
      ...accountUser,
      relationships: {
        ...accountUser.relationships,
        teams: { data: teamIds.map((id) => ({ id, type: 'teams' })) },
      },
    },
    roles: merged(existing.roles, roles),
  });
}

export const accountUserHandlers = { listAccountUsers, inviteUserToAccount };
