import type { AuthContext } from '../../core/api.ts';
import { ApiError } from '../../core/errors.ts';
import type { ScalingoDbState } from './state.ts';

/**
 * Who is calling: the demo token opens every database; an addon token opens
 * only the database it was issued for (`databaseId`).
 */
export type ScalingoDbPrincipal =
  { scope: 'every-database' } | { scope: 'one-database'; databaseId: string };

/** `Authorization: Bearer <token>`: the demo token or a database's addon token. */
export function authenticateScalingoDb(ctx: AuthContext<ScalingoDbState>): ScalingoDbPrincipal {
  const header = ctx.request.headers.authorization ?? '';
  const [scheme = '', token = ''] = header.split(' ', 2);
  if (scheme.toLowerCase() === 'bearer' && token !== '') {
    if (ctx.state.settings.demoTokens.includes(token)) return { scope: 'every-database' };
    const database = ctx.state.databases.find('token', token);
    if (database) return { scope: 'one-database', databaseId: database.id };
  }
  throw new ApiError({ kind: 'unauthenticated', message: 'authentication required' });
}
