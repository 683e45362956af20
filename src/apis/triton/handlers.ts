import { randomUUID } from 'node:crypto';
import { reply, type Handler, ApiError, hashPassword, type BodyOf } from '../../core/api/index.ts';
import type { operations } from '../../generated/triton.ts';
import type { TritonPrincipal } from './auth.ts';
import { findUser, type StoredUser, type TritonState, type TritonUser } from './state.ts';

type TritonHandler = Handler<TritonState, TritonPrincipal>;
type CreateBody = BodyOf<operations['CreateUser']>;
type UpdateBody = BodyOf<operations['UpdateUser']>;
type PasswordBody = BodyOf<operations['ChangeUserPassword']>;

/** The fields UpdateUser may change; `password` is ignored there, as CloudAPI does. */
const PROFILE_FIELDS = [
  'login',
  'email',
  'companyName',
  'firstName',
  'lastName',
  'address',
  'postalCode',
  'city',
  'state',
  'country',
  'phone',
] as const;

/**
 * GetUser and DeleteUser look a user up by login or UUID ("<user> does not
 * exist"); UpdateUser and ChangeUserPassword by UUID (node-ufds `getUserEx`),
 * whose message names the UUID, though facsimile finds logins there too.
 */
export function mustFind(
  state: TritonState,
  account: string,
  idOrLogin: string,
  lookup: 'login-or-uuid' | 'uuid' = 'login-or-uuid',
): StoredUser {
  const row = findUser(state, account, idOrLogin);
  if (!row)
    throw new ApiError({
      kind: 'notFound',
      message:
        lookup === 'uuid'
          ? `user with uuid "${idOrLogin}" does not exist`
          : `${idOrLogin} does not exist`,
      resource: 'user',
    });
  return row;
}

function assertLoginFree(
  state: TritonState,
  account: string,
  login: string,
  except?: StoredUser,
): void {
  const holder = state.users.find('login', `${account}/${login.toLowerCase()}`);
  if (holder && holder.user.id !== except?.user.id) {
    // sdc-ufds lib/db/add.js validateLogin, before the entry is written.
    throw new ApiError({
      kind: 'conflict',
      message: 'Login is already taken',
      code: 'InvalidArgument',
    });
  }
}

/** The user as GetUser shows it; roles only when `membership` is given (any non-empty value). */
function present(row: StoredUser, membership: unknown): TritonUser {
  if (membership === undefined || membership === '') return orderFields(row.user);
  return orderFields({ ...row.user, roles: row.roles, default_roles: row.defaultRoles });
}

const listUsers: TritonHandler = ({ state, principal }) =>
  reply(
    200,
    state.users.group('account', principal.account).map((row) => orderFields(row.user)),
  );

const getUser: TritonHandler = ({ state, principal, params, query }) =>
  reply(200, present(mustFind(state, principal.account, params.user ?? ''), query.membership));

const createUser: TritonHandler = ({ state, principal, body }) => {
  const input = body as CreateBody;
  assertLoginFree(state, principal.account, input.login);
  const now = new Date().toISOString();
  const user = {
    id: randomUUID(),
    ...profileOf(input),
    login: input.login,
    email: input.email,
    created: now,
    updated: now,
  };
  state.users.insert({
    account: principal.account,
    passwordHash: hashPassword(input.password),
    roles: [],
    defaultRoles: [],
    user: orderFields(user),
  });
  return reply(201, orderFields(user), { Location: `/${principal.account}/users/${input.login}` });
};

const updateUser: TritonHandler = ({ state, principal, params, body }) => {
  const row = mustFind(state, principal.account, params.user ?? '', 'uuid');
  const input = body as UpdateBody;
  if (input.login !== undefined && input.login !== '')
    assertLoginFree(state, principal.account, input.login, row);
  const changes = input as Record<string, unknown>;
  // CloudAPI: an empty string clears a field, and translateUser leaves unset fields out.
  const cleared = new Set(
    PROFILE_FIELDS.filter((f) => changes[f] === '' && f !== 'login' && f !== 'email'),
  );
  const kept = Object.entries(row.user).filter(
    ([field]) => !cleared.has(field as (typeof PROFILE_FIELDS)[number]),
  );
  const next = {
    ...Object.fromEntries(kept),
    ...profileOf(changes),
    updated: new Date().toISOString(),
  };
  const user = orderFields(next as TritonUser);
  state.users.replace(row, { ...row, user });
  return reply(200, user);
};

const changeUserPassword: TritonHandler = ({ state, principal, params, body }) => {
  const row = mustFind(state, principal.account, params.user ?? '', 'uuid');
  const input = body as PasswordBody;
  if (input.password !== input.password_confirmation) {
    throw new ApiError({
      kind: 'invalid',
      message: 'password and password_confirmation must have the same value',
      code: 'InvalidArgument',
    });
  }
  const user = orderFields({ ...row.user, updated: new Date().toISOString() });
  state.users.replace(row, {
    ...row,
    passwordHash: hashPassword(input.password),
    user,
  });
  return reply(200, user);
};

const deleteUser: TritonHandler = ({ state, principal, params }) => {
  state.users.remove(mustFind(state, principal.account, params.user ?? ''));
  return reply(204);
};

function profileOf(input: Record<string, unknown>): Partial<TritonUser> {
  const profile: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const value = input[field];
    if (typeof value === 'string' && value !== '') profile[field] = value;
  }
  return profile as Partial<TritonUser>;
}

/**
 * sdc-cloudapi `lib/membership.js` translateUser's key order: id, login, email, companyName,
 * firstName, lastName, postalCode, address, city, state, roles, default_roles, country, phone,
 * updated, created.
 */
const KEY_ORDER = [
  'id',
  'login',
  'email',
  'companyName',
  'firstName',
  'lastName',
  'postalCode',
  'address',
  'city',
  'state',
  'roles',
  'default_roles',
  'country',
  'phone',
  'updated',
  'created',
] as const;

function orderFields(user: Partial<TritonUser>): TritonUser {
  const fields = user as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (fields[key] !== undefined) ordered[key] = fields[key];
  return ordered as unknown as TritonUser;
}

export const tritonHandlers = {
  ListUsers: listUsers,
  HeadUsers: listUsers,
  GetUser: getUser,
  HeadUser: getUser,
  CreateUser: createUser,
  UpdateUser: updateUser,
  ChangeUserPassword: changeUserPassword,
  DeleteUser: deleteUser,
};
