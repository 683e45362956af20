import {
  USUAL_STATUS,
  type ApiError,
  type ErrorKind,
  type Issue,
  type RenderedError,
} from '../../core/api/index.ts';
import type { components } from '../../generated/scalr.ts';
import { detailOf } from './messages.ts';

type JsonApiError = components['schemas']['JsonApiError'];

/** `ApiError.code` for a request problem Scalr answers with 400, not 422 (a missing filter). */
export const BAD_REQUEST = 'BadRequest';

/** Errors whose wording does not depend on the request (spec/scalr.yaml's error examples). */
const FIXED: Partial<Record<ErrorKind, { title: string; detail?: string }>> = {
  malformed: { title: 'Bad Request', detail: 'The request body is not valid JSON.' },
  unauthenticated: { title: 'Unauthorized', detail: 'The API token is missing or invalid.' },
  forbidden: { title: 'User unauthorized to perform this action.' },
  routeNotFound: { title: 'Not Found', detail: 'The requested URL was not found on the server.' },
  unsupportedMediaType: {
    title: 'Unsupported Media Type',
    detail: "Content-Type must be 'application/vnd.api+json'.",
  },
  notAcceptable: {
    title: 'Not Acceptable',
    detail: "The API only answers 'application/vnd.api+json'.",
  },
  tooLarge: { title: 'Payload Too Large', detail: 'The request body is too large.' },
};

/**
 * Scalr's JSON:API error document `{"errors": [{status, title, detail?, source?}]}`:
 * 422 `Invalid Attribute` / `Invalid Query Parameter` with a pointer or parameter,
 * 404 with the message in `title` and no `detail`.
 */
export function renderScalrError(error: ApiError): RenderedError {
  // A status set on the error (a 503 for storage, a fault rule's) is the one sent: the body says it too.
  const status = error.code === BAD_REQUEST ? 400 : (error.status ?? USUAL_STATUS[error.kind]);
  const errors = errorsOf(error, status).map((entry) => ({ status: String(status), ...entry }));
  return { status, body: { errors } };
}

type Entry = Omit<JsonApiError, 'status'>;

function errorsOf(error: ApiError, status: number): Entry[] {
  const fixed = FIXED[error.kind];
  if (fixed) return [fixed];
  switch (error.kind) {
    case 'notFound':
      return [{ title: error.message, ...sourceOf(error.issues[0]) }];
    case 'methodNotAllowed':
      return [{ title: 'Method Not Allowed', detail: methodDetail(error) }];
    case 'internal':
      return [
        {
          title: status === 503 ? 'Service Unavailable' : 'Internal Server Error',
          detail: error.message.startsWith('facsimile')
            ? error.message
            : 'An unexpected error occurred.',
        },
      ];
    default:
      return status === 400 ? [badRequest(error)] : unprocessable(error);
  }
}

/** `PUT is not allowed here; allowed methods: DELETE, PATCH, GET.` */
function methodDetail(error: ApiError): string {
  const method = /^(\S+) method not allowed/.exec(error.message)?.[1] ?? 'This method';
  const allowed = error.headers.Allow;
  return `${method} is not allowed here${allowed ? `; allowed methods: ${allowed}` : ''}.`;
}

function badRequest(error: ApiError): Entry {
  return { title: 'Bad Request', detail: error.message, ...sourceOf(error.issues[0]) };
}

/** One error per problem, as Scalr lists them; the same problem twice is reported once. */
function unprocessable(error: ApiError): Entry[] {
  if (error.issues.length === 0) return [{ title: 'Invalid Attribute', detail: error.message }];
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const issue of error.issues) {
    const entry = { title: titleOf(issue), detail: detailOf(issue), ...sourceOf(issue) };
    const key = JSON.stringify(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  return entries;
}

function titleOf(issue: Issue): string {
  if (issue.location !== 'body') return 'Invalid Query Parameter';
  return issue.pointer.startsWith('/data/relationships/')
    ? 'Invalid Relationship'
    : 'Invalid Attribute';
}

function sourceOf(issue: Issue | undefined): Pick<Entry, 'source'> {
  if (!issue) return {};
  if (issue.location === 'body') return { source: { pointer: issue.pointer } };
  return { source: { parameter: parameterOf(issue) } };
}

/** `/sort/0` → `sort`: the parameter a client sent, not the element inside it. */
function parameterOf(issue: Issue): string {
  return issue.pointer.split('/').filter(Boolean)[0] ?? issue.location;
}
