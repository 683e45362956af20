import {
  reply,
  type Handler,
  ApiError,
  type BodyOf,
  checkPassword,
  hashPassword,
} from '../../core/api/index.ts';
import type { operations } from '../../generated/scalingo.ts';
import { issueJwt, type ScalingoPrincipal } from './auth.ts';
import type { ScalingoState, ScalingoUser, StoredAccount } from './state.ts';
import { getAccountUsage } from './usage.ts';
import { getAddonToken } from './addons.ts';
import {
  confirmAccountDeletion,
  removeAccount,
  requestAccountDeletion,
  stopFreeTrial,
} from './account-lifecycle.ts';

type ScalingoHandler = Handler<ScalingoState, ScalingoPrincipal>;
type AccountChanges = BodyOf<operations['updateAccount']>['user'];

const fieldError = (kind: 'conflict' | 'invalid', field: string, message: string) =>
  new ApiError({
    kind,
    message: `${field} ${message}`,
    issues: [{ location: 'body', pointer: `/user/${field}`, message }],
  });

function assertUnique(
  state: ScalingoState,
  account: StoredAccount,
  field: 'email' | 'username',
  value: string,
) {
  const holder = state.accounts.find(field, value.toLowerCase());
  if (holder && holder !== account) throw fieldError('conflict', field, 'has already been taken');
}

/** Applies the changes every update path shares; the password only where a client sends it. */
function applyChanges(
  state: ScalingoState,
  account: StoredAccount,
  changes: AccountChanges,
): ScalingoUser {
  if (changes.email !== undefined) assertUnique(state, account, 'email', changes.email);
  if (changes.username !== undefined) assertUnique(state, account, 'username', changes.username);
  let passwordHash = account.passwordHash;
  if (changes.password !== undefined) {
    if (
      changes.password_confirmation !== undefined &&
      changes.password_confirmation !== changes.password
    ) {
      throw fieldError('invalid', 'password_confirmation', "doesn't match Password");
    }
    if (
      changes.current_password !== undefined &&
      !checkPassword(account.passwordHash, changes.current_password)
    ) {
      throw fieldError('invalid', 'current_password', 'is invalid');
    }
    passwordHash = hashPassword(changes.password);
  }
  const user = { ...account.user };
  for (const field of [
    'email',
    'username',
    'company',
    'location',
    'fullname',
    'tos_accepted',
    'email_newsletter',
  ] as const) {
    if (changes[field] !== undefined) Object.assign(user, { [field]: changes[field] });
  }
  if (changes.flags) user.flags = { ...user.flags, ...changes.flags };
  state.accounts.replace(account, { ...account, user, passwordHash });
  return user;
}

/** PATCH|PUT /v1/users/:user_id acts only on the token's own account. */
const updateUserById: ScalingoHandler = ({ state, principal, params, body }) => {
  const target = state.accounts.get(params.user_id ?? '');
  if (!target)
    throw new ApiError({ kind: 'notFound', message: 'user not found', resource: 'user' });
  if (target !== principal.account) {
    throw new ApiError({
      kind: 'forbidden',
      message: 'you are not allowed to update another user account',
    });
  }
  const { email, username } = (body as BodyOf<operations['updateUser']>).user;
  return reply(200, { user: applyChanges(state, target, { email, username }) });
};

const updateOwnAccount: ScalingoHandler = ({ state, principal, body }) =>
  reply(200, {
    user: applyChanges(state, principal.account, (body as { user: AccountChanges }).user),
  });

/**
 * scalingo.js's path changes the password only with the current one, as
 * Devise's `update_with_password` does (422 `can't be blank`); go-scalingo's
 * `PATCH /v1/account/profile` sends none and keeps working.
 */
const updateAccount: ScalingoHandler = (ctx) => {
  const changes = (ctx.body as { user: AccountChanges }).user;
  if (changes.password !== undefined && !changes.current_password)
    throw fieldError('invalid', 'current_password', "can't be blank");
  return updateOwnAccount(ctx);
};

const getCurrentUser: ScalingoHandler = ({ principal }) =>
  reply(200, { user: principal.account.user });

const listRoles: ScalingoHandler = ({ state }) => reply(200, { roles: state.settings.roles });

const exchangeToken: ScalingoHandler = async ({ state, principal }) =>
  reply(200, { token: await issueJwt(state, principal.account) });

/** Deletes the account and the applications it owns; its tokens die with it. */
const deleteUser: ScalingoHandler = ({ state, principal }) => {
  removeAccount(state, principal.account);
  return reply(204);
};

export const scalingoHandlers = {
  getCurrentUser,
  updateUser: updateUserById,
  replaceUser: updateUserById,
  updateAccount,
  updateProfile: updateOwnAccount,
  getAccountUsage,
  deleteUser,
  listRoles,
  exchangeToken,
  getAddonToken,
  stopFreeTrial,
  requestAccountDeletion,
  confirmAccountDeletion,
};
