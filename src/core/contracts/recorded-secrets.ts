import type { AnyApiDefinition } from '../api/definition.ts';
import { isSecretName, redactName } from '../secrets.ts';
import { DEMO_AUTHORIZATION } from './names.ts';
import type { PactRequest } from './pact-file.ts';

/**
 * Stands in for every secret a recorded pact would otherwise hold. It meets
 * every provider's password rules (24+ characters, letters and digits), so
 * a replayed request is still accepted, and a password and its
 * confirmation stay equal.
 */
export const RECORDED_SECRET = 'Recorded-Secret-0000-facsimile';
const MATCHER_TYPE = 'pact:matcher:type';

/**
 * A recorded request without its secrets: the API's documented demo
 * credentials stay (the verifier needs them and they are public), any other
 * credential becomes the demo bearer token, and secret-named query
 * parameters and body fields the placeholder.
 */
export function requestWithoutSecrets(api: AnyApiDefinition, request: PactRequest): PactRequest {
  const headers = { ...request.headers };
  if (headers.authorization !== undefined && !isDemoCredential(api, headers.authorization))
    headers.authorization = DEMO_AUTHORIZATION;
  const query = request.query
    ? Object.fromEntries(
        Object.entries(request.query).map(([key, values]) => [
          key,
          isSecretName(key) ? [values].flat().map(() => RECORDED_SECRET) : values,
        ]),
      )
    : undefined;
  return {
    ...request,
    headers,
    ...(query ? { query } : {}),
    ...(request.body !== undefined ? { body: withoutSecrets(request.body) } : {}),
  };
}

/**
 * Secret-named fields replaced whatever they hold and however deep: a string
 * by the placeholder, a matcher by a type matcher, a number, array or object
 * by a value of the same type that holds nothing of the original (so a
 * replayed request is refused for the same reason). Request bodies nest at
 * most 100 levels; anything deeper than the bound is dropped whole.
 */
export function withoutSecrets(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return RECORDED_SECRET;
  if (Array.isArray(value)) return value.map((item) => withoutSecrets(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      redactName(key),
      isSecretName(key) ? placeholderFor(child) : withoutSecrets(child, depth + 1),
    ]),
  );
}

const MAX_DEPTH = 200;

function placeholderFor(value: unknown): unknown {
  if (typeof value === 'string') return RECORDED_SECRET;
  if (typeof value === 'number') return 0;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(() => RECORDED_SECRET);
  const matcher = value as Record<string, unknown>;
  // A secret's value differs on every call: the contract can promise its type, not its text.
  if (typeof matcher[MATCHER_TYPE] === 'string')
    return { [MATCHER_TYPE]: 'type', value: placeholderFor(matcher.value) };
  return {};
}

/** Whether `Authorization` carries one of the demo credentials the API documents. */
function isDemoCredential(api: AnyApiDefinition, authorization: string): boolean {
  const [scheme = '', credential = ''] = authorization.trim().split(/\s+/, 2);
  const plain = /^basic$/i.test(scheme)
    ? Buffer.from(credential, 'base64').toString('utf8')
    : credential || scheme;
  return plain.length >= 8 && api.demo.credentials.includes(plain);
}
