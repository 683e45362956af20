import { randomBytes } from 'node:crypto';
import {
  hashPassword,
  reply,
  type Handler,
  ApiError,
  type BodyOf,
  type QueryOf,
} from '../../core/api/index.ts';
import type { operations } from '../../generated/scalr.ts';
import { requirePermission, seesUser, type ScalrPrincipal } from './auth.ts';
import { document, listParameter, pageOf, paginate, sorted, type SortValue } from './json-api.ts';
import { includedForUsers, notFound, single, visibleUser } from './lookups.ts';
import { merged, timestamp, userResource } from './resources.ts';
import {
  accountIdOf,
  accountUsersOfAccount,
  accountUsersOfUser,
  removeUser,
  userIdOf,
  type ScalrState,
  type ScalrUser,
  type StoredUser,
} from './state.ts';

type ScalrHandler = Handler<ScalrState, ScalrPrincipal>;
type ListQuery = QueryOf<operations['listUsers']>;
type CreateBody = BodyOf<operations['createUser']>;
type UpdateBody = BodyOf<operations['updateUser']>;

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

const listUsers: ScalrHandler = ({ state, principal, query, request }) => {
  requirePermission(principal, 'read');
  const params = query as ListQuery;
  const rows = sorted(
    matchingUsers(state, principal, params),
    listParameter(params.sort),
    (row, field) => sortValue(row.user, field),
  );
  const page = paginate(rows, pageOf(params), request);
  const users = page.items.map((row) => row.user);
  return document(200, {
    data: users,
    included: params.include === undefined ? null : includedForUsers(state, users, params.include),
    links: page.links,
    meta: page.meta,
  });
};

function matchingUsers(
  state: ScalrState,
  principal: ScalrPrincipal,
  params: ListQuery,
): readonly StoredUser[] {
  const { rows, by } = candidateUsers(state, params);
  const checks = narrowingChecks(state, principal, params, by);
  return checks.length === 0 ? rows : rows.filter((row) => checks.every((check) => check(row)));
}

/** The smallest set an index gives; without filters the table itself is paged, not copied. */
function candidateUsers(state: ScalrState, params: ListQuery) {
  const id = params['filter[user]'];
  const email = params['filter[email]'];
  const scope = params.access_query;
  if (id) return { rows: present(state.users.get(id)), by: 'filter[user]' };
  if (email)
    return { rows: present(state.users.find('email', email.toLowerCase())), by: 'filter[email]' };
  if (scope) return { rows: usersOfAccount(state, scope), by: 'access_query' };
  return { rows: state.users.all(), by: undefined };
}

function narrowingChecks(
  state: ScalrState,
  principal: ScalrPrincipal,
  params: ListQuery,
  by: string | undefined,
): ((row: StoredUser) => boolean)[] {
  const checks: ((row: StoredUser) => boolean)[] = [];
  const email = params['filter[email]']?.toLowerCase();
  const scope = params.access_query;
  const idp = params['filter[identity-provider]'];
  const text = params.query?.toLowerCase();
  if (email && by !== 'filter[email]')
    checks.push((row) => row.user.attributes.email.toLowerCase() === email);
  if (scope && by !== 'access_query')
    checks.push((row) =>
      accountUsersOfUser(state, row.user.id).some((relation) => accountIdOf(relation) === scope),
    );
  if (idp)
    checks.push((row) =>
      row.user.relationships['identity-providers'].data.some((ref) => ref.id === idp),
    );
  if (text)
    checks.push((row) =>
      [row.user.attributes.email, row.user.attributes['full-name']].some((value) =>
        value?.toLowerCase().includes(text),
      ),
    );
  if (principal.token.accounts !== null)
    checks.push((row) => seesUser(state, principal, row.user.id));
  return checks;
}

const present = <T>(row: T | undefined): T[] => (row ? [row] : []);

/** `access_query=<account ID>`: the users with access to that account. */
function usersOfAccount(state: ScalrState, account: string): StoredUser[] {
  return accountUsersOfAccount(state, account).flatMap((row) =>
    present(state.users.get(userIdOf(row))),
  );
}

function sortValue(user: ScalrUser, field: string): SortValue {
  const value = user.attributes[field as keyof ScalrUser['attributes']];
  return value ?? null;
}

const getUser: ScalrHandler = ({ state, principal, params, query }) => {
  requirePermission(principal, 'read');
  const { user } = visibleUser(state, principal, params.user ?? '');
  return document(200, userDocument(state, user, query.include));
};

function userDocument(state: ScalrState, user: ScalrUser, include: unknown) {
  return single(user, include, () => includedForUsers(state, [user], include));
}

const createUser: ScalrHandler = ({ state, principal, query, body }) => {
  requirePermission(principal, 'write');
  const { data } = body as CreateBody;
  const { attributes } = data;
  assertEmailFree(state, attributes.email);
  const user = userResource({
    id: newUserId(state),
    email: attributes.email,
    username: attributes.username,
    fullName: attributes['full-name'] ?? null,
    status: attributes.status ?? 'Pending',
    createdAt: timestamp(new Date()),
    lastLoginAt: null,
    identityProviders: identityProvidersOf(state, data.relationships),
    teams: [],
  });
  state.users.insert({
    user,
    passwordHash: attributes.password === undefined ? null : hashPassword(attributes.password),
    changePasswordOnSignIn: attributes['change-password-on-sign-in'] ?? false,
  });
  return document(201, userDocument(state, user, query.include));
};

function assertEmailFree(state: ScalrState, email: string): void {
  if (!state.users.find('email', email.toLowerCase())) return;
  const message = `User with email '${email}' already exists.`;
  throw new ApiError({
    kind: 'conflict',
    message,
    issues: [{ location: 'body', pointer: '/data/attributes/email', message }],
  });
}

/** go-scalr v2 sends `identity-providers` (a list), v1 `identity-provider` (one). */
function identityProvidersOf(
  state: ScalrState,
  relationships: CreateBody['data']['relationships'],
): string[] {
  const refs = [
    ...(relationships?.['identity-providers']?.data ?? []).map((ref, index) => ({
      id: ref.id,
      pointer: `/data/relationships/identity-providers/data/${index}`,
    })),
    ...(relationships?.['identity-provider']
      ? [
          {
            id: relationships['identity-provider'].data.id,
            pointer: '/data/relationships/identity-provider/data',
          },
        ]
      : []),
  ];
  for (const ref of refs) {
    if (!state.identityProviders.get(ref.id))
      throw notFound('IdentityProvider', ref.id, ref.pointer);
  }
  return refs.length > 0
    ? merged(
        [],
        refs.map((ref) => ref.id),
      )
    : [state.settings.defaultIdentityProvider];
}

const updateUser: ScalrHandler = ({ state, principal, params, query, body }) => {
  requirePermission(principal, 'write');
  const row = visibleUser(state, principal, params.user ?? '');
  const { data } = body as UpdateBody;
  if (data.id !== undefined && data.id !== row.user.id) {
    const message = `The ID in the body ('${data.id}') does not match the ID in the URL ('${row.user.id}').`;
    throw new ApiError({
      kind: 'invalid',
      message,
      issues: [{ location: 'body', pointer: '/data/id', message }],
    });
  }
  const changes = data.attributes ?? {};
  const attributes = { ...row.user.attributes };
  if (changes['full-name'] !== undefined) attributes['full-name'] = changes['full-name'];
  if (changes.status !== undefined) attributes.status = changes.status;
  const user = { ...row.user, attributes };
  state.users.replace(row, { ...row, user });
  return document(200, userDocument(state, user, query.include));
};

const deleteUser: ScalrHandler = ({ state, principal, params }) => {
  requirePermission(principal, 'write');
  removeUser(state, visibleUser(state, principal, params.user ?? ''));
  return reply(204);
};

/**
 * The invite's user: the one holding the email, now also in `teams`, or a new
 * Pending user (username = email) that Scalr activates on the first sign in.
 */
export function findOrInviteUser(state: ScalrState, email: string, teams: string[]): StoredUser {
  const existing = state.users.find('email', email.toLowerCase());
  if (existing) {
    const teamIds = merged(
      existing.user.relationships.teams.data.map((ref) => ref.id),
      teams,
    );
    const user: ScalrUser = {
      ...existing.user,
      relationships: {
        ...existing.user.relationships,
        teams: { data: teamIds.map((id) => ({ id, type: 'teams' })) },
      },
    };
    return state.users.replace(existing, { ...existing, user });
  }
  const user = userResource({
    id: newUserId(state),
    email,
    fullName: null,
    status: 'Pending',
    createdAt: timestamp(new Date()),
    lastLoginAt: null,
    identityProviders: [state.settings.defaultIdentityProvider],
    teams,
  });
  return state.users.insert({ user, passwordHash: null, changePasswordOnSignIn: false });
}

/** `user-` and 15 characters of [a-z0-9], like the document's `user-suh84u6vuvidtbg`. */
function newUserId(state: ScalrState): string {
  for (;;) {
    const suffix = [...randomBytes(15)].map((byte) => ID_ALPHABET[byte % ID_ALPHABET.length]);
    const id = `user-${suffix.join('')}`;
    if (!state.users.get(id)) return id;
  }
}

export const userHandlers = { listUsers, getUser, createUser, updateUser, deleteUser };
