import { randomBytes, randomUUID } from 'node:crypto';
import {
  ApiError,
  checkPassword,
  hashPassword,
  reply,
  type Handler,
} from '../../core/api/index.ts';
import type { ScalingoPrincipal } from './auth.ts';
import type { ScalingoState, StoredAccount } from './state.ts';

type ScalingoHandler = Handler<ScalingoState, ScalingoPrincipal>;

/** Removes the account, the applications it owns and its pending deletion; its tokens die with it. */
export function removeAccount(state: ScalingoState, account: StoredAccount): void {
  const owner = account.user.id;
  state.accounts.remove(account);
  for (const app of state.apps.group('owner', owner)) {
    for (const addon of state.addons.group('app', app.id)) state.addons.remove(addon);
    state.apps.remove(app);
  }
  for (const record of state.usage.group('owner', owner)) state.usage.remove(record);
  for (const deletion of state.deletions.group('user', owner)) state.deletions.remove(deletion);
}

/** Ends a running trial now; a trial already over (or never started) stays as it is. */
export const stopFreeTrial: ScalingoHandler = ({ state, principal }) => {
  const { user } = principal.account;
  const now = new Date();
  const end = user.free_trial_end_time ? new Date(user.free_trial_end_time) : undefined;
  if (user.free_trial_started_at && (!end || end > now)) {
    state.accounts.replace(principal.account, {
      ...principal.account,
      user: { ...user, free_trial_end_time: now.toISOString() },
    });
  }
  return reply(200, { message: 'ok' });
};

/** A new pending deletion, replacing an earlier one; its token goes where the provider's email would. */
export const requestAccountDeletion: ScalingoHandler = ({ state, principal }) => {
  const user = principal.account.user.id;
  for (const earlier of state.deletions.group('user', user)) state.deletions.remove(earlier);
  const token = randomBytes(16).toString('hex');
  const deletion = { id: randomUUID(), created_at: new Date().toISOString() };
  state.deletions.insert({ ...deletion, user, tokenHash: hashPassword(token) });
  return reply(201, { deletion }, { 'x-facsimile-deletion-token': token });
};

export const confirmAccountDeletion: ScalingoHandler = ({ state, principal, params, body }) => {
  const deletion = state.deletions.get(params.deletion_id ?? '');
  if (!deletion || deletion.user !== principal.account.user.id) {
    throw new ApiError({ kind: 'notFound', message: 'deletion not found', resource: 'deletion' });
  }
  const { token } = (body as { deletion: { token: string } }).deletion;
  if (!checkPassword(deletion.tokenHash, token)) {
    throw new ApiError({
      kind: 'invalid',
      message: 'token is invalid',
      issues: [{ location: 'body', pointer: '/deletion/token', message: 'is invalid' }],
    });
  }
  removeAccount(state, principal.account);
  return reply(204);
};
