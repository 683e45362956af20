import { SignJWT, jwtVerify } from 'jose';
import type { AuthContext } from '../../core/api.ts';
import { ApiError } from '../../core/errors.ts';
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
  if (token.split('.').length !== 3) return undefined;
  try {
    const { payload } = await jwtVerify(token, secretOf(state), { algorithms: ['HS256'] });
    return typeof payload.uuid === 'string' ? state.accounts.get(payload.uuid) : undefined;
  } catch {
    return undefined;
  }
}

/** A JWT as the exchange returns it: `iss`, `uuid`, `iat`, and the `exp` go-scalingo reads. */
export function issueJwt(state: ScalingoState, account: StoredAccount): Promise<string> {
  return new SignJWT({ uuid: account.user.id })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('Scalingo')
    .setIssuedAt()
    .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
    .sign(secretOf(state));
}

function secretOf(state: ScalingoState): Uint8Array {
  return new TextEncoder().encode(state.settings.jwtSecret);
}
