import { type AuthContext, ApiError } from '../../core/api/index.ts';
import { accountByToken, type ScalingoState, type StoredAccount } from './state.ts';

const TOKEN_LIFETIME_SECONDS = 3600;

export interface ScalingoPrincipal {
  account: StoredAccount;
}

const unauthenticated = () =>
  new ApiError({ kind: 'unauthenticated', message: 'authentication required' });

/** Bearer: an API token, or a JWT from the exchange; Basic (exchange only): empty user, API token as password. */
export async function authenticateScalingo(
  ctx: AuthContext<ScalingoState>,
): Promise<ScalingoPrincipal> {
  const header = ctx.request.headers.authorization ?? '';
  const [scheme = '', credential = ''] = header.split(' ', 2);
  const schemes = ctx.security.map((requirement) => requirement.scheme);
  let account: StoredAccount | undefined;
  if (schemes.includes('basicAuth') && scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(credential, 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    account = separator >= 0 ? accountByToken(ctx.state, decoded.slice(separator + 1)) : undefined;
  } else if (schemes.includes('bearerAuth') && scheme.toLowerCase() === 'bearer') {
    account = accountByToken(ctx.state, credential) ?? (await accountByJwt(ctx.state, credential));
  }
  if (!account) throw unauthenticated();
  return { account };
}

async function accountByJwt(
  state: ScalingoState,
  token: string,
): Promise<StoredAccount | undefined> {
  const claims = await verifyScalingoJwt(state, token);
  return claims?.uuid === undefined ? undefined : state.accounts.get(claims.uuid);
}

/** What a token issued here names: a user (`uuid`, the exchange) or one addon (`addon`). */
export interface ScalingoClaims {
  uuid?: string;
  addon?: string;
}

/** The claims of a JWT this API issued and that has not expired; `undefined` for anything else. */
export async function verifyScalingoJwt(
  state: ScalingoState,
  token: string,
): Promise<ScalingoClaims | undefined> {
  if (token.split('.').length !== 3) return undefined;
  try {
    // A token without `exp` never ends: Scalingo issues none and refuses one (go-scalingo reads `exp`).
    // jose loads on the first token, not at every start of the package.
    const { jwtVerify } = await import('jose');
    const { payload } = await jwtVerify(token, secretOf(state), {
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
    });
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const claims = { uuid: text(payload.uuid), addon: text(payload.addon) };
    return claims.uuid === undefined && claims.addon === undefined ? undefined : claims;
  } catch {
    return undefined;
  }
}

/** A JWT as the exchange returns it: `iss`, `uuid`, `iat`, and the `exp` go-scalingo reads. */
export function issueJwt(state: ScalingoState, account: StoredAccount): Promise<string> {
  return sign(state, { uuid: account.user.id });
}

/** An addon token: valid one hour, for that addon's database only. */
export function issueAddonToken(state: ScalingoState, addonId: string): Promise<string> {
  return sign(state, { addon: addonId });
}

async function sign(state: ScalingoState, claims: ScalingoClaims): Promise<string> {
  const { SignJWT } = await import('jose');
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('Scalingo')
    .setIssuedAt()
    .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
    .sign(secretOf(state));
}

function secretOf(state: ScalingoState): Uint8Array {
  return new TextEncoder().encode(state.settings.jwtSecret);
}
