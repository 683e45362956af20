/**
 * One error model for all five APIs. Handlers and the core throw `ApiError`;
 * each provider's renderer turns it into that provider's own envelope and
 * status. Nothing outside a renderer formats an error body.
 */
export type ErrorKind =
  | 'malformed' // the body is not valid JSON
  | 'missing' // a required field or parameter is absent
  | 'invalid' // a value breaks a rule of the spec or the provider
  | 'conflict' // the value is already taken (duplicate login, name, email)
  | 'notFound' // the addressed resource does not exist
  | 'routeNotFound' // no operation at this path
  | 'methodNotAllowed'
  | 'unsupportedMediaType'
  | 'notAcceptable'
  | 'tooLarge'
  | 'unauthenticated' // no or bad credentials
  | 'forbidden' // credentials fine, not allowed
  | 'internal';

/** Where a problem sits: a request location and a JSON pointer inside it. */
export interface Issue {
  location: 'body' | 'query' | 'path' | 'header';
  /** JSON pointer inside the location, e.g. `/user/email`; `''` for the whole body. */
  pointer: string;
  message: string;
  /** The schema keyword that failed (`required`, `pattern`, `format`, ...), when known. */
  keyword?: string;
  /** The offending value (body and query), so a provider can quote it back. */
  value?: unknown;
}

export interface ApiErrorInit {
  kind: ErrorKind;
  message: string;
  issues?: Issue[];
  /** The resource type for not-found errors (`user`, `database`, ...). */
  resource?: string;
  /** Headers the provider sends with this error (`Allow`, `WWW-Authenticate`, ...). */
  headers?: Record<string, string>;
  /** A provider-specific code where the renderer cannot derive it from the kind. */
  code?: string;
  /** A status sent whatever the renderer picks (a fault rule's status). */
  status?: number;
}

export class ApiError extends Error {
  readonly kind: ErrorKind;
  readonly issues: Issue[];
  readonly resource: string | undefined;
  readonly headers: Record<string, string>;
  readonly code: string | undefined;
  readonly status: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.issues = init.issues ?? [];
    this.resource = init.resource;
    this.headers = init.headers ?? {};
    this.code = init.code;
    this.status = init.status;
  }
}

/** The last segment of an issue's pointer: the field a client would name. */
export function fieldOf(issue: Issue): string {
  const segments = issue.pointer.split('/').filter(Boolean);
  return segments.at(-1) ?? issue.location;
}

/** What a renderer produces: the provider's status, body and headers. */
export interface RenderedError {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  contentType?: string;
}

/** The status most HTTP APIs give each kind (validation as 422); renderers start from it. */
export const USUAL_STATUS: Record<ErrorKind, number> = {
  malformed: 400,
  missing: 422,
  invalid: 422,
  conflict: 422,
  notFound: 404,
  routeNotFound: 404,
  methodNotAllowed: 405,
  unsupportedMediaType: 415,
  notAcceptable: 406,
  tooLarge: 413,
  unauthenticated: 401,
  forbidden: 403,
  internal: 500,
};

/**
 * What to say when an answer is more JSON than one string can hold (V8's
 * `Invalid string length`): a store grown before its fields were bounded
 * still serves everything else, and says why this answer cannot be sent.
 */
export function answerTooLarge(error: unknown): string | undefined {
  return error instanceof RangeError && error.message.includes('Invalid string length')
    ? 'facsimile cannot send an answer this large (more JSON than one string can hold): delete rows or reset the state'
    : undefined;
}
