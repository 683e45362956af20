import {
  SeedOutgrowsHeap,
  SessionMemoryFull,
  StoreWriteFailed,
  TableFull,
  TooManySessions,
} from '../state/index.ts';
import { answerTooLarge, ApiError, type ErrorKind, type Issue } from '../api/errors.ts';
import { isSecretName, unparsedBodyMessage } from '../secrets.ts';
import { pointerGet } from '../specs/spec.ts';

/** The shape of express-openapi-validator's and body-parser's errors. */
interface ForeignError {
  status?: number;
  type?: string;
  message?: string;
  headers?: Record<string, string>;
  errors?: { path?: string; message?: string; errorCode?: string }[];
}

const KIND_BY_STATUS: Record<number, ErrorKind> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'routeNotFound',
  405: 'methodNotAllowed',
  406: 'notAcceptable',
  413: 'tooLarge',
  415: 'unsupportedMediaType',
};

const LOCATIONS: Record<string, Issue['location']> = {
  body: 'body',
  query: 'query',
  params: 'path',
  path: 'path',
  headers: 'header',
  header: 'header',
};

/**
 * Turns anything thrown inside an API's chain into an `ApiError`: our own
 * errors pass through, body-parser and express-openapi-validator errors are
 * mapped, and the rest becomes `internal` (rendered without a stack trace).
 */
/** What the offending values are read from, so a provider can quote them back. */
export interface RequestValues {
  body?: unknown;
  query?: unknown;
}

export function toApiError(error: unknown, request: RequestValues = {}): ApiError {
  if (error instanceof ApiError) return error;
  const foreign = (typeof error === 'object' && error !== null ? error : {}) as ForeignError;
  if (foreign.type === 'entity.parse.failed') {
    return new ApiError({ kind: 'malformed', message: unparsedBodyMessage(foreign.message) });
  }
  if (foreign.type === 'entity.too.deep') {
    return new ApiError({ kind: 'malformed', message: foreign.message ?? 'JSON nests too deep' });
  }
  if (
    error instanceof StoreWriteFailed ||
    error instanceof SessionMemoryFull ||
    error instanceof TooManySessions
  ) {
    return new ApiError({ kind: 'internal', status: 503, message: error.message });
  }
  if (error instanceof TableFull || error instanceof SeedOutgrowsHeap)
    return new ApiError({ kind: 'internal', status: 507, message: error.message });
  const tooLarge = answerTooLarge(error);
  if (tooLarge) return new ApiError({ kind: 'internal', status: 507, message: tooLarge });
  if (foreign.type === 'entity.array.too.long') {
    return new ApiError({ kind: 'tooLarge', message: foreign.message ?? 'an array is too long' });
  }
  if (foreign.type === 'entity.too.large') {
    return new ApiError({ kind: 'tooLarge', message: 'request body is larger than 1 MB' });
  }
  if (foreign.type === 'encoding.unsupported' || foreign.type === 'charset.unsupported') {
    return new ApiError({
      kind: 'unsupportedMediaType',
      message: foreign.message ?? 'unsupported encoding',
    });
  }
  const status = foreign.status ?? 500;
  // A path with a bad percent-escape (`/databases/%/users`): the request itself is bad.
  if (foreign.errors?.some((e) => e.message?.startsWith('malformed uri'))) {
    const message = 'the path is not a valid URI (bad percent-encoding)';
    return new ApiError({
      kind: 'invalid',
      message,
      issues: [{ location: 'path', pointer: '', message }],
    });
  }
  if (status === 400 && foreign.errors?.length) return validationError(foreign.errors, request);
  // body-parser's other 400s: a body that does not decompress or decode.
  if (status === 400)
    return new ApiError({ kind: 'malformed', message: foreign.message ?? 'unreadable body' });
  const kind = KIND_BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'invalid');
  return new ApiError({
    kind,
    message: foreign.errors?.[0]?.message ?? foreign.message ?? 'error',
    headers: foreign.headers ?? {},
  });
}

/** The most problems one validation error reports; the rest are left out. */
export const MAX_REPORTED_ISSUES = 20;
/** The longest string value an error quotes back. */
const MAX_QUOTED_LENGTH = 100;

function validationError(
  errors: NonNullable<ForeignError['errors']>,
  request: RequestValues,
): ApiError {
  // A body breaking thousands of rules must not cost a megabyte answer (or journal entry).
  const issues = errors
    .slice(0, MAX_REPORTED_ISSUES)
    .map((error) => withValue(toIssue(error), request));
  // Providers report absent fields before wrong ones (CloudAPI's MissingParameter first).
  const missing = issues.some((issue) => issue.keyword === 'required');
  return new ApiError({
    kind: missing ? 'missing' : 'invalid',
    message: issues
      .map((issue) => `${issue.pointer || issue.location} ${issue.message}`)
      .join(', '),
    issues,
  });
}

function withValue(issue: Issue, request: RequestValues): Issue {
  // A secret is never quoted back: an error message must not echo a password or a token.
  if (issue.keyword === 'required' || issue.pointer.split('/').some(isSecretName)) return issue;
  const source =
    issue.location === 'body'
      ? request.body
      : issue.location === 'query'
        ? request.query
        : undefined;
  const value = source === undefined ? undefined : pointerGet(source, issue.pointer);
  if (value === undefined) return issue;
  // A provider quoting the value (CloudAPI) must not send a megabyte back.
  if (typeof value === 'string' && value.length > MAX_QUOTED_LENGTH)
    return { ...issue, value: `${value.slice(0, MAX_QUOTED_LENGTH)}…` };
  if (
    typeof value === 'object' &&
    value !== null &&
    JSON.stringify(value).length > MAX_QUOTED_LENGTH
  )
    return issue;
  return { ...issue, value };
}

function toIssue(error: { path?: string; message?: string; errorCode?: string }): Issue {
  const [, head = 'body', ...rest] = (error.path ?? '').split('/');
  const location = LOCATIONS[head] ?? 'body';
  const keyword = error.errorCode?.replace('.openapi.validation', '');
  const pointer = LOCATIONS[head] ? rest.map((s) => '/' + s).join('') : (error.path ?? '');
  return {
    location,
    pointer,
    message: error.message ?? 'is invalid',
    ...(keyword ? { keyword } : {}),
  };
}
