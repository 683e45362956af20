import { reply, type Handler, ApiError, type BodyOf } from '../../core/api/index.ts';
import type { operations } from '../../generated/computestacks.ts';
import { assignAttributes, mergeLabels, ModelErrors, validateUser } from './attributes.ts';
import type { ComputeStacksPrincipal } from './auth.ts';
import { createUser } from './registration.ts';
import type { ComputeStacksState, StoredAccount } from './state.ts';

export type ComputeStacksHandler = Handler<ComputeStacksState, ComputeStacksPrincipal>;

/** The user the credentials act for; a client-credentials token has none to show or change. */
function ownAccount(principal: ComputeStacksPrincipal): StoredAccount {
  if (!principal.account)
    throw new ApiError({ kind: 'forbidden', message: 'the token has no resource owner' });
  return principal.account;
}

const getUser: ComputeStacksHandler = ({ principal }) =>
  reply(200, { user: ownAccount(principal).user });

/** `user.update(user_params)`: 200 `{}`, or 400 with every validation error. */
const updateUser: ComputeStacksHandler = ({ state, principal, body }) => {
  const account = ownAccount(principal);
  const attributes = (body as BodyOf<operations['updateUser']>).user;
  // `params.require(:user)` refuses an empty hash as it refuses a missing one.
  if (Object.keys(attributes).length === 0)
    throw new ApiError({
      kind: 'missing',
      message: 'param is missing or the value is empty: user',
      issues: [{ location: 'body', pointer: '/user', message: 'is empty', keyword: 'required' }],
    });
  const assigned = assignAttributes(account.user, attributes);
  const errors = new ModelErrors();
  validateUser(state, assigned, account, errors);
  errors.throwIfAny();
  const labels = mergeLabels(account.labels, attributes.merge_labels);
  const externalId =
    attributes.external_id === undefined ? account.externalId : attributes.external_id;
  const changed =
    JSON.stringify([assigned, labels, externalId]) !==
    JSON.stringify([account.user, account.labels, account.externalId]);
  // ActiveRecord saves (and touches updated_at) only when an attribute changed.
  const user = changed ? { ...assigned, updated_at: new Date().toISOString() } : assigned;
  state.accounts.replace(account, { user, labels, externalId });
  return reply(200, {});
};

/**
 * Rails `resources :users` routes `/api/users/:id` to the same actions, which act on the
 * caller whatever the id; `/api/users/new` is the `new` route, which has no action.
 */
const byId =
  (action: ComputeStacksHandler): ComputeStacksHandler =>
  (ctx) => {
    if (ctx.params.id === 'new')
      throw new ApiError({ kind: 'routeNotFound', message: 'The action new could not be found' });
    return action(ctx);
  };

export const computeStacksHandlers = {
  getUser,
  updateUser,
  createUser,
  getUserById: byId(getUser),
  updateUserById: byId(updateUser),
  replaceUserById: byId(updateUser),
};
