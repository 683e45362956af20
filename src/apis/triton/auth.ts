import type httpSignatureModule from 'http-signature';
import { createRequire } from 'node:module';
import { type AuthContext, ApiError } from '../../core/api/index.ts';
import { findKey, type TrustedKeys } from './keys.ts';
import { findUser, type StoredAccount, type TritonState } from './state.ts';

export interface TritonPrincipal {
  /** The account whose credentials signed the request. */
  account: string;
  /** Set when a sub-user's key signed the request. */
  subuser?: string;
  /** The account's facsimile token, recorded in contracts in place of a one-off signature. */
  token?: string;
}

/** `keyId="/<account>/keys/<fp>"` or `keyId="/<account>/users/<sub>/keys/<fp>"`. */
const KEY_ID = /^\/([^/]+)(?:\/users\/([^/]+))?\/keys\/([^/]+)$/;
const CLOCK_SKEW_SECONDS = 300;

const credentialsError = (message = 'Invalid authorization credentials supplied') =>
  new ApiError({ kind: 'unauthenticated', message, code: 'InvalidCredentials' });

/**
 * CloudAPI's authentication: an HTTP Signature over `(request-target)` and
 * `date`, verified with a public key: the account's registered key, or one
 * of the `trusted` keys (`--triton-key`, the admin API, `~/.ssh/*.pub`).
 * Any other key, and any signature that does not verify, is 401. The
 * facsimile demo token (`Authorization: Bearer ...`) is accepted as well.
 */
export function authenticateTriton(
  ctx: AuthContext<TritonState>,
  trusted: TrustedKeys,
): TritonPrincipal {
  const header = ctx.request.headers.authorization;
  if (!header) {
    throw new ApiError({
      kind: 'unauthenticated',
      message: 'You must make authenticated requests to use CloudAPI',
      code: 'InvalidCredentials',
    });
  }
  const principal = header.startsWith('Bearer ')
    ? byToken(ctx.state, header.slice('Bearer '.length).trim())
    : bySignature(ctx, trusted);
  authorise(ctx, principal);
  return principal;
}

function byToken(state: TritonState, token: string): TritonPrincipal {
  const account = state.accounts.find('token', token);
  if (!account) throw credentialsError();
  return { account: account.login };
}

/** http-signature (with sshpk) loads on the first signed request instead of at every start. */
let loaded: typeof httpSignatureModule | undefined;
function httpSignatureLib(): typeof httpSignatureModule {
  loaded ??= createRequire(import.meta.url)('http-signature') as typeof httpSignatureModule;
  return loaded;
}

function bySignature(ctx: AuthContext<TritonState>, trusted: TrustedKeys): TritonPrincipal {
  const { request } = ctx;
  const httpSignature = httpSignatureLib();
  let parsed: ReturnType<typeof httpSignatureModule.parseRequest>;
  try {
    parsed = httpSignature.parseRequest(
      {
        headers: request.headers,
        method: request.method,
        url: request.originalUrl,
        httpVersion: '1.1',
      } as never,
      { clockSkew: CLOCK_SKEW_SECONDS },
    );
  } catch (error) {
    throw signatureError(error as Error);
  }
  const keyId = parsed.params.keyId;
  const match = KEY_ID.exec(keyId);
  if (!match) throw credentialsError(`Invalid KeyId ${keyId} in authorization header`);
  const [, accountLogin = '', subuser, keyName = ''] = match;
  const account = ctx.state.accounts.get(accountLogin);
  if (!account) throw credentialsError();
  const key = signingKey(ctx.state, account, subuser, keyName) ?? trusted.find(keyName);
  if (!key || !verifies(parsed, key)) throw credentialsError();
  return {
    account: account.login,
    ...(subuser ? { subuser } : {}),
    ...(account.tokens[0] ? { token: account.tokens[0] } : {}),
  };
}

/** The key keyId names: the account's own, or the sub-user's for `/<account>/users/<sub>/keys/...`. */
function signingKey(
  state: TritonState,
  account: StoredAccount,
  subuser: string | undefined,
  keyName: string,
): string | undefined {
  const keys = subuser ? (findUser(state, account.login, subuser)?.keys ?? []) : account.keys;
  return findKey(keys, keyName)?.key;
}

/** A key of another type than the signature's algorithm names fails too, not only a bad signature. */
function verifies(
  parsed: ReturnType<typeof httpSignatureModule.parseRequest>,
  key: string,
): boolean {
  try {
    return httpSignatureLib().verifySignature(parsed, key);
  } catch {
    return false;
  }
}

function signatureError(error: Error): ApiError {
  if (error.name === 'ExpiredRequestError') {
    return new ApiError({ kind: 'invalid', message: error.message, code: 'RequestExpired' });
  }
  return new ApiError({ kind: 'invalid', message: error.message, code: 'InvalidHeader' });
}

/** The path's account must exist and be the caller's (`my` means the caller's own). */
function authorise(ctx: AuthContext<TritonState>, principal: TritonPrincipal): void {
  const requested = ctx.params.account;
  if (requested === undefined || requested === 'my' || requested === principal.account) return;
  if (!ctx.state.accounts.get(requested)) {
    throw new ApiError({
      kind: 'notFound',
      message: `${requested} does not exist`,
      resource: 'account',
    });
  }
  throw new ApiError({
    kind: 'forbidden',
    message: `You do not have permission to access ${ctx.request.url.split('?')[0]}`,
    code: 'NotAuthorized',
  });
}
