import {
  ApiError,
  fieldOf,
  type RequestView,
  type ErrorKind,
  type Issue,
  type RenderedError,
} from '../../core/api/index.ts';
import { ACCEPTABLE } from './accept.ts';

/** restify 4's status for each CloudAPI error code (lib/errors/rest_error.js). */
const STATUS_BY_CODE: Record<string, number> = {
  InvalidContent: 400,
  BadDigest: 400,
  InvalidHeader: 400,
  RequestExpired: 400,
  InvalidVersion: 400,
  InvalidCredentials: 401,
  NotAuthorized: 403,
  ResourceNotFound: 404,
  BadMethod: 405,
  MethodNotAllowedError: 405,
  WrongAccept: 406,
  NotAcceptableError: 406,
  InvalidArgument: 409,
  MissingParameter: 409,
  PayloadTooLargeError: 413,
  UnsupportedMediaTypeError: 415,
  RequestThrottled: 429,
  InternalError: 500,
};

const CODE_BY_KIND: Record<ErrorKind, string> = {
  malformed: 'InvalidContent',
  missing: 'MissingParameter',
  invalid: 'InvalidArgument',
  conflict: 'InvalidArgument',
  notFound: 'ResourceNotFound',
  routeNotFound: 'ResourceNotFound',
  // restify's router answers with its HttpError, not the BadMethod RestError.
  methodNotAllowed: 'MethodNotAllowedError',
  unsupportedMediaType: 'UnsupportedMediaTypeError',
  // restify 4's own HTTP errors (not its RestErrors) answer these three.
  notAcceptable: 'NotAcceptableError',
  tooLarge: 'PayloadTooLargeError',
  unauthenticated: 'InvalidCredentials',
  forbidden: 'NotAuthorized',
  internal: 'InternalError',
};

/** restify 4 bodyParser's `maxBodySize` in CloudAPI (sdc-cloudapi `lib/app.js`). */
export const MAX_BODY_BYTES = 100_000;

/** CloudAPI's error body: `{ "code": "InvalidArgument", "message": "..." }`. */
export function renderTritonError(error: ApiError, request: RequestView): RenderedError {
  const code = error.code ?? CODE_BY_KIND[error.kind];
  const message = restifyMessage(error, request) ?? messageOf(error);
  return { status: STATUS_BY_CODE[code] ?? 500, body: { code, message } };
}

/** restify 4.3.3's own words for what it refuses before CloudAPI runs (router, plugins). */
function restifyMessage(error: ApiError, request: RequestView): string | undefined {
  switch (error.kind) {
    case 'routeNotFound':
      return `${request.url.split('?')[0]} does not exist`;
    case 'methodNotAllowed':
      return `${request.method} is not allowed`;
    case 'tooLarge':
      return `Request body size exceeds ${MAX_BODY_BYTES}`;
    case 'notAcceptable':
      return `Server accepts: ${ACCEPTABLE.join(',')}`;
    default:
      return undefined;
  }
}

function messageOf(error: ApiError): string {
  const absent = error.issues.filter(
    (issue) => issue.location === 'body' && issue.keyword === 'required',
  );
  if (error.kind === 'missing' && absent.length > 0) {
    const names = [...new Set(absent.map(fieldOf))].sort();
    return `Request is missing required parameters: ${names.map((name) => `${name} is required`).join(', ')}`;
  }
  if (error.kind === 'invalid' && error.issues.length > 0) {
    // CloudAPI stops at the first refusal: its own email check, then UFDS's login checks, then
    // the password policy; one value breaking several rules (format and pattern) is named once.
    const [first] = [...error.issues].sort((a, b) => checkOrder(a) - checkOrder(b));
    return describeInvalid(first as Issue);
  }
  if (error.kind === 'malformed') return `Invalid JSON: ${error.message}`;
  if (error.kind === 'internal' && !error.message.startsWith('facsimile')) return 'Internal Error';
  return error.message;
}

/** The order CloudAPI and UFDS check a new user's fields in; other fields keep theirs. */
const CHECK_ORDER = ['email', 'login', 'password'];
function checkOrder(issue: Issue): number {
  const at = CHECK_ORDER.indexOf(fieldOf(issue));
  // The policy checks the length before the quality.
  return 2 * (at < 0 ? CHECK_ORDER.length : at) + (issue.keyword === 'minLength' ? 0 : 1);
}

/** sdc-ufds `lib/db/add.js` LOGIN_RE, checked before the schema's length and reserved names. */
const LOGIN_RE = /^[a-zA-Z][a-zA-Z0-9_.@]+$/;

/**
 * UFDS's words where UFDS refuses (a login, the password policy of `lib/salt.js`), CloudAPI's
 * quoting the value elsewhere: `email: not-an-email is invalid`.
 */
function describeInvalid(issue: Issue): string {
  const field = fieldOf(issue);
  if (field === 'login' && typeof issue.value === 'string' && !LOGIN_RE.test(issue.value))
    return 'Login is invalid';
  if (field === 'password' && issue.location === 'body')
    return issue.keyword === 'minLength' ? 'passwordTooShort' : 'insufficientPasswordQuality';
  return quoteInvalid(issue);
}

function quoteInvalid(issue: Issue): string {
  // Only scalars are quoted: a nested value may be huge or 20,000 levels deep.
  const scalar = ['string', 'number', 'boolean'].includes(typeof issue.value);
  return scalar
    ? `${fieldOf(issue)}: ${String(issue.value)} is invalid`
    : `${fieldOf(issue)}: ${issue.message}`;
}
