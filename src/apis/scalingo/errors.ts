import { DATE_MESSAGE } from './usage.ts';
import {
  fieldOf,
  USUAL_STATUS,
  type ApiError,
  type Issue,
  type RenderedError,
} from '../../core/api/index.ts';

/**
 * Scalingo's error envelopes (developers-documentation `_scalingo_api/index.md`):
 * `{"error": "..."}`, 404 `{"resource": ..., "error": "not found"}` and
 * 422 `{"errors": {"field": ["message"]}}`. Shared by the account API and the
 * database API, whose errors go-scalingo parses with the same code.
 */
export function renderScalingoError(error: ApiError): RenderedError {
  // A header or the path is no model attribute: Rails answers 400, not a 422 field list.
  const notAttributes = error.issues.some(
    (issue) => issue.location === 'header' || issue.location === 'path',
  );
  if (notAttributes && (error.kind === 'invalid' || error.kind === 'missing')) {
    return { status: 400, body: { error: error.message } };
  }
  const status = USUAL_STATUS[error.kind];
  if (status === 422) return { status, body: { errors: fieldErrors(error) } };
  if (error.kind === 'notFound')
    return { status, body: { resource: error.resource ?? 'resource', error: 'not found' } };
  if (error.kind === 'malformed') {
    return {
      status,
      body: { error: `There was a problem in the JSON you submitted: ${error.message}` },
    };
  }
  if (error.kind === 'internal' && !error.message.startsWith('facsimile')) {
    return { status, body: { error: "Internal error occured, we're on it!" } };
  }
  return { status, body: { error: error.message } };
}

/** `{field: [messages]}` in Rails' wording; never empty (go-scalingo rejects an empty map). */
function fieldErrors(error: ApiError): Record<string, string[]> {
  // A Map, not `{}`: a field may be named `__proto__` or `constructor`.
  const errors = new Map<string, string[]>();
  for (const issue of error.issues) {
    const messages = errors.get(fieldOf(issue)) ?? [];
    const message = railsMessage(issue);
    if (!messages.includes(message)) messages.push(message);
    errors.set(fieldOf(issue), messages);
  }
  if (errors.size === 0) errors.set('base', [error.message]);
  return Object.fromEntries(errors);
}

function railsMessage(issue: Issue): string {
  const field = fieldOf(issue);
  // Every way a date can be malformed (a format, a pattern, reserved characters) reads as the
  // date rule; only a missing value and from after to (`formatMinimum`) say something else.
  if (
    issue.location === 'query' &&
    (field === 'from' || field === 'to') &&
    issue.keyword !== 'required' &&
    issue.keyword !== 'formatMinimum'
  ) {
    return DATE_MESSAGE;
  }
  switch (issue.keyword) {
    case 'required':
      return 'missing field';
    case 'minLength':
      return issue.value === '' ? "can't be blank" : 'is too short';
    case 'maxLength':
      return 'is too long';
    case 'format':
    case 'pattern':
    case 'type':
    case 'enum':
      return 'is invalid';
    default:
      return issue.message;
  }
}
