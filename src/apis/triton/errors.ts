import {
  ApiError,
  fieldOf,
  type ErrorKind,
  type Issue,
  type RenderedError,
} from '../../core/api/index.ts';

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
  methodNotAllowed: 'BadMethod',
  unsupportedMediaType: 'UnsupportedMediaTypeError',
  // restify 4's own HTTP errors (not its RestErrors) answer these three.
  notAcceptable: 'NotAcceptableError',
  tooLarge: 'PayloadTooLargeError',
  unauthenticated: 'InvalidCredentials',
  forbidden: 'NotAuthorized',
  internal: 'InternalError',
};

/** CloudAPI's error body: `{ "code": "InvalidArgument", "message": "..." }`. */
export function renderTritonError(error: ApiError): RenderedError {
  const code = error.code ?? CODE_BY_KIND[error.kind];
  return { status: STATUS_BY_CODE[code] ?? 500, body: { code, message: messageOf(error) } };
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
    // One value can break several rules (format and pattern): CloudAPI names it once.
    return [...new Set(error.issues.map(describeInvalid))].join(', ');
  }
  if (error.kind === 'malformed') return `Invalid JSON: ${error.message}`;
  if (error.kind === 'internal' && !error.message.startsWith('facsimile')) return 'Internal Error';
  return error.message;
}

/** CloudAPI quotes the rejected value: `email: not-an-email is invalid`. */
function describeInvalid(issue: Issue): string {
  // Only scalars are quoted: a nested value may be huge or 20,000 levels deep.
  const scalar = ['string', 'number', 'boolean'].includes(typeof issue.value);
  return scalar
    ? `${fieldOf(issue)}: ${String(issue.value)} is invalid`
    : `${fieldOf(issue)}: ${issue.message}`;
}
