import { type AuthContext, ApiError, checkPassword } from '../../core/api/index.ts';
import { BASIC_AUTH_FAILED } from './errors.ts';
import { accountById, type ComputeStacksState, type StoredAccount } from './state.ts';
import { assertKnownFormat, assertSupportedVersion } from './versioning.ts';

export interface ComputeStacksPrincipal {
  /** The resource owner; a client-credentials token (`register`) has none. */
  account: StoredAccount | undefined;
}

type Context = AuthContext<ComputeStacksState>;

const INVALID = 'The access token is invalid';
const EXPIRED = 'The access token expired';
const REVOKED = 'The access token was revoked';

const invalidToken = (description: string) =>
  new ApiError({ kind: 'unauthenticated', message: description });

/**
 * The controller's order: the API version first (VersionCake), then HTTP Basic
 * with API credentials (no scope check), else Doorkeeper's bearer token, which
 * must carry the operation's scope.
 */
export function authenticateComputeStacks(ctx: Context): ComputeStacksPrincipal {
  assertSupportedVersion(ctx.request.headers.accept);
  const header = ctx.request.headers.authorization ?? '';
  // ApiAuth tests `request.authorization =~ /Basic/`; everything else goes to Doorkeeper.
  const account = /Basic/.test(header)
    ? basicAccount(ctx.state, header)
    : bearerAccount(ctx, header);
  // The action's respond_to comes after the before_actions: a caller is known before a 406.
  assertKnownFormat(ctx.request.headers.accept);
  return { account };
}

function basicAccount(state: ComputeStacksState, header: string): StoredAccount {
  const encoded = /^Basic\s+(\S+)/i.exec(header)?.[1] ?? '';
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  const credential =
    separator >= 0 ? state.credentials.get(decoded.slice(0, separator)) : undefined;
  const account = credential && accountById(state, credential.userId);
  if (
    !credential ||
    !account ||
    !checkPassword(credential.passwordDigest, decoded.slice(separator + 1))
  )
    throw new ApiError({
      kind: 'unauthenticated',
      code: BASIC_AUTH_FAILED,
      message: 'Not Authorized',
    });
  return account;
}

function bearerAccount(ctx: Context, header: string): StoredAccount | undefined {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  const row = token === undefined ? undefined : ctx.state.tokens.get(token);
  if (!row) throw invalidToken(INVALID);
  if (row.revoked) throw invalidToken(REVOKED);
  if (row.expiresAt && Date.parse(row.expiresAt) <= Date.now()) throw invalidToken(EXPIRED);
  const required =
    ctx.security.find((requirement) => requirement.scheme === 'oauth2')?.scopes ?? [];
  // Doorkeeper accepts a token that holds any one of the scopes the action names.
  if (required.length > 0 && !required.some((scope) => row.scopes.includes(scope)))
    throw new ApiError({
      kind: 'forbidden',
      message: `the token lacks the scope ${required.join(' or ')}`,
    });
  return row.userId === null ? undefined : accountById(ctx.state, row.userId);
}
