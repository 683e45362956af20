import { type AuthContext, ApiError } from '../../core/api/index.ts';
import {
  accountIdOf,
  accountUsersOfUser,
  type Permission,
  type ScalrState,
  type StoredToken,
} from './state.ts';

export interface ScalrPrincipal {
  token: StoredToken;
}

/** `Authorization: Bearer <token>`; anything else, or an unknown token, is 401. */
export function authenticateScalr(ctx: AuthContext<ScalrState>): ScalrPrincipal {
  const [scheme = '', credential = ''] = (ctx.request.headers.authorization ?? '').split(' ', 2);
  const token = scheme.toLowerCase() === 'bearer' ? ctx.state.tokens.get(credential) : undefined;
  if (!token) throw new ApiError({ kind: 'unauthenticated', message: 'invalid token' });
  return { token };
}

/** Scalr answers 403 to a token that sees a resource but may not act on it. */
export function requirePermission(principal: ScalrPrincipal, permission: Permission): void {
  if (!principal.token.permissions.includes(permission))
    throw new ApiError({ kind: 'forbidden', message: 'User unauthorized to perform this action.' });
}

export function seesAccount(principal: ScalrPrincipal, accountId: string): boolean {
  const { accounts } = principal.token;
  return accounts === null || accounts.includes(accountId);
}

/** A token limited to some accounts sees the users that belong to one of them. */
export function seesUser(state: ScalrState, principal: ScalrPrincipal, userId: string): boolean {
  return (
    principal.token.accounts === null ||
    accountUsersOfUser(state, userId).some((row) => seesAccount(principal, accountIdOf(row)))
  );
}
