import { reply, type Handler, ApiError } from '../../core/api/index.ts';
import { issueAddonToken, type ScalingoPrincipal } from './auth.ts';
import type { ScalingoState, StoredAddon } from './state.ts';

const notFound = (resource: string) =>
  new ApiError({ kind: 'notFound', message: `${resource} not found`, resource });

/**
 * POST /v1/apps/{app}/addons/{addon_id}/token: go-scalingo asks for a fresh
 * token before every database request. The app is named by name or id and
 * must be the caller's; the addon must be one of that app's.
 */
export const getAddonToken: Handler<ScalingoState, ScalingoPrincipal> = async ({
  state,
  principal,
  params,
}) => {
  const owner = principal.account.user.id;
  const app = state.apps
    .group('owner', owner)
    .find((candidate) => candidate.name === params.app || candidate.id === params.app);
  if (!app) throw notFound('app');
  const addon = state.addons.get(params.addon_id ?? '');
  if (addon?.app_id !== app.id) throw notFound('addon');
  return reply(200, { addon: { ...addon, token: await issueAddonToken(state, addon.id) } });
};

/** The addons of the apps a user owns: the databases that user's tokens open. */
export function addonsOwnedBy(state: ScalingoState, owner: string): StoredAddon[] {
  return state.apps.group('owner', owner).flatMap((app) => state.addons.group('app', app.id));
}
