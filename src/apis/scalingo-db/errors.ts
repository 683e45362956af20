import {
  ApiError,
  fieldOf,
  type ErrorKind,
  type Issue,
  type RenderedError,
} from '../../core/api/index.ts';
import { renderScalingoError } from '../scalingo/errors.ts';

/** The spec's 415 wording (`UnsupportedMediaType` example): the API takes JSON only. */
const JSON_ONLY = 'the API only accepts JSON, send Content-Type application/json';

/** Schema keywords a user name can fail; the provider answers them all with `is invalid`. */
const NAME_RULES = new Set(['pattern', 'minLength', 'maxLength', 'format']);

/**
 * Scalingo's envelopes (the shared renderer of the Scalingo API), with the
 * database API's own wording: a name that breaks any naming rule `is invalid`,
 * and a password of the wrong length gets Rails' message with its limit,
 * `is too short (minimum is 24 characters)`.
 */
export function renderScalingoDbError(error: ApiError): RenderedError {
  return renderScalingoError(refined(error));
}

function refined(error: ApiError): ApiError {
  if (error.kind === 'unsupportedMediaType') return copyOf(error, error.kind, JSON_ONLY, []);
  if (error.issues.length === 0) return error;
  return copyOf(error, error.kind, error.message, error.issues.map(railsIssue));
}

function copyOf(error: ApiError, kind: ErrorKind, message: string, issues: Issue[]): ApiError {
  return new ApiError({
    kind,
    message,
    issues,
    ...(error.resource ? { resource: error.resource } : {}),
    headers: error.headers,
    ...(error.code ? { code: error.code } : {}),
  });
}

function railsIssue(issue: Issue): Issue {
  const keyword = issue.keyword ?? '';
  if (issue.location === 'body' && fieldOf(issue) === 'name' && NAME_RULES.has(keyword))
    return { ...issue, keyword: 'pattern' };
  const limit = /\d+/.exec(issue.message)?.[0];
  if (issue.value === '' || !limit) return issue;
  if (keyword === 'minLength')
    return withMessage(issue, `is too short (minimum is ${limit} characters)`);
  if (keyword === 'maxLength')
    return withMessage(issue, `is too long (maximum is ${limit} characters)`);
  return issue;
}

/** An issue the shared renderer prints as is: without a keyword it uses the message. */
function withMessage(issue: Issue, message: string): Issue {
  return {
    location: issue.location,
    pointer: issue.pointer,
    message,
    ...(issue.value !== undefined ? { value: issue.value } : {}),
  };
}
