import { type AuthContext, ApiError } from '../../core/api/index.ts';
import { addonsOwnedBy } from '../scalingo/addons.ts';
import { verifyScalingoJwt } from '../scalingo/auth.ts';
import type { ScalingoState } from '../scalingo/state.ts';
import type { ScalingoDbState } from './state.ts';

/**
 * Who is calling: the demo token opens every database; an addon token, or a
 * user's JWT from the Scalingo API, only the databases of those addons.
 */
export type ScalingoDbPrincipal =
  { scope: 'every-database' } | { scope: 'addons'; addonIds: string[] };

/**
 * `Authorization: Bearer <token>`: the demo token, a database's fixed addon
 * token, or a JWT the Scalingo API issued (the exchange's user token, which
 * scalingo.js uses everywhere, or an addon token, which go-scalingo fetches
 * before every database request). JWTs need the Scalingo API served beside.
 */
export async function authenticateScalingoDb(
  ctx: AuthContext<ScalingoDbState>,
): Promise<ScalingoDbPrincipal> {
  const header = ctx.request.headers.authorization ?? '';
  const [scheme = '', token = ''] = header.split(' ', 2);
  if (scheme.toLowerCase() === 'bearer' && token !== '') {
    if (ctx.state.settings.demoTokens.includes(token)) return { scope: 'every-database' };
    const database = ctx.state.databases.find('token', token);
    if (database) return { scope: 'addons', addonIds: [database.addon_id] };
    const scalingo = ctx.peer('scalingo') as ScalingoState | undefined;
    const claims = scalingo && (await verifyScalingoJwt(scalingo, token));
    if (scalingo && claims?.addon !== undefined)
      return { scope: 'addons', addonIds: [claims.addon] };
    if (scalingo && claims?.uuid !== undefined && scalingo.accounts.get(claims.uuid)) {
      const addonIds = addonsOwnedBy(scalingo, claims.uuid).map((addon) => addon.id);
      return { scope: 'addons', addonIds };
    }
  }
  throw new ApiError({ kind: 'unauthenticated', message: 'authentication required' });
}
