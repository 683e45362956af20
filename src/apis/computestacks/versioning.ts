import { ApiError } from '../../core/api/index.ts';

/** `ApiError.code` of an `Accept: ...; api_version=N` the controller does not serve. */
export const UNSUPPORTED_VERSION = 'unsupported_version';

const CURRENT_VERSION = 80;
const DEPRECATED = { from: 51, to: 71 };
const VERSION_PARAMETER = /(?:^|[;,\s])api_version=([^;,\s]*)/;

export type VersionStatus = 'current' | 'deprecated';

/**
 * VersionCake's `http_accept_parameter` strategy: no parameter means the
 * default (80); 51–71 are served but deprecated; anything else (40 and 50 are
 * obsolete, others unknown, too high or not a number) is refused with 422.
 */
export function versionStatus(accept: string | undefined): VersionStatus | 'unsupported' {
  const match = VERSION_PARAMETER.exec(accept ?? '');
  if (!match) return 'current';
  const requested = match[1] ?? '';
  if (!/^\d+$/.test(requested)) return 'unsupported';
  const version = Number(requested);
  if (version === CURRENT_VERSION) return 'current';
  if (version >= DEPRECATED.from && version <= DEPRECATED.to) return 'deprecated';
  return 'unsupported';
}

export function assertSupportedVersion(accept: string | undefined): void {
  if (versionStatus(accept) !== 'unsupported') return;
  throw new ApiError({
    kind: 'invalid',
    code: UNSUPPORTED_VERSION,
    message: unsupportedMessage(accept ?? ''),
    headers: { 'API-Version-Supported': 'false' },
  });
}

/** The controller quotes what follows the last `=` of the last `; ` part of Accept. */
function unsupportedMessage(accept: string): string {
  const requested = accept.split('; ').at(-1)?.split('=').at(-1) ?? '';
  return requested
    ? `You requested an unsupported version (${requested})`
    : 'You requested an unsupported version';
}

/** `API-Deprecated: true` on every answer to a deprecated version. */
export function versionHeaders(accept: string | undefined): Record<string, string> {
  return versionStatus(accept) === 'deprecated' ? { 'API-Deprecated': 'true' } : {};
}

/** Media ranges the controller answers: JSON, XML, or anything (facsimile answers JSON). */
const KNOWN_FORMAT =
  /^(\*\/\*|application\/\*|application\/json|application\/xml|text\/xml|text\/\*)$/;

/**
 * ActionController::UnknownFormat: an Accept header naming neither JSON nor
 * XML (nor a wildcard that covers them) is 406 in plain text.
 */
export function assertKnownFormat(accept: string | undefined): void {
  if (accept === undefined || accept.trim() === '') return;
  const ranges = accept.split(',').map((range) => range.split(';')[0]?.trim().toLowerCase() ?? '');
  if (ranges.some((range) => KNOWN_FORMAT.test(range))) return;
  throw new ApiError({ kind: 'notAcceptable', message: `unknown format ${accept}` });
}
