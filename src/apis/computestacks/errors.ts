import {
  fieldOf,
  type RequestView,
  type ApiError,
  type Issue,
  type RenderedError,
} from '../../core/api/index.ts';
import { fullMessagesOf } from './messages.ts';
import { UNSUPPORTED_VERSION } from './versioning.ts';

/** `ApiError.code`s the handlers and `authenticate` use to pick the controller's answer. */
export const BASIC_AUTH_FAILED = 'basic_auth_failed';
export const MISSING_PROVIDER_SETTINGS = 'missing_provider_settings';

const BAD_REQUEST = 'Bad Request. Please check the documentation.';
const UNKNOWN_ROUTE = 'Unknown API Call. Please check the documentation.';
const REALM = 'ComputeStacks';

const envelope = (status: number, ...errors: string[]): RenderedError => ({
  status,
  body: { errors },
});

/**
 * The controller's answers: `{"errors": [...]}` everywhere (Rails full messages
 * for model failures), except Doorkeeper's, which have no body at all: 401 with
 * `WWW-Authenticate` for a missing or bad token, 403 for a missing scope.
 */
export function renderComputeStacksError(error: ApiError, request: RequestView): RenderedError {
  switch (error.kind) {
    case 'unauthenticated':
      if (error.code === BASIC_AUTH_FAILED) return envelope(401, 'Not Authorized');
      return { status: 401, headers: { 'WWW-Authenticate': bearerChallenge(error.message) } };
    case 'forbidden':
      return { status: 403 };
    case 'malformed':
      return envelope(422, BAD_REQUEST);
    // Rails routes every other method of /api/users to `unknown_route` too: 404, not 405.
    case 'notFound':
    case 'routeNotFound':
    case 'methodNotAllowed':
      return envelope(404, UNKNOWN_ROUTE);
    case 'missing':
    case 'invalid':
    case 'conflict':
      return renderRejectedRequest(error, request.method);
    case 'unsupportedMediaType':
      return envelope(
        415,
        'Unsupported Media Type. Please send JSON (Content-Type: application/json).',
      );
    case 'notAcceptable':
      return {
        status: 406,
        body: 'Unknown format. Only JSON and XML are permitted.',
        // The controller renders the text with Rails' default type, text/html (spec PlainTextError).
        contentType: 'text/html',
      };
    case 'tooLarge':
      return envelope(413, 'Request Entity Too Large. The body may not exceed 1 MB.');
    case 'internal':
      return envelope(
        500,
        error.message.startsWith('facsimile') ? error.message : 'Internal Server Error',
      );
  }
}

/** Doorkeeper's `InvalidTokenResponse` header; the description says what was wrong with the token. */
function bearerChallenge(description: string): string {
  return `Bearer realm="${REALM}", error="invalid_token", error_description="${description}"`;
}

function renderRejectedRequest(error: ApiError, method: string): RenderedError {
  if (error.code === UNSUPPORTED_VERSION) return envelope(422, error.message);
  // `user_params` (params.require) runs first, then the provider settings check, then the model.
  // A missing or empty `user` is ActionController::ParameterMissing, which the controller does
  // not rescue: Rails' public exceptions app answers it, in the request's format.
  if (error.issues.some(isParameterMissing))
    return { status: 400, body: { status: 400, error: 'Bad Request' } };
  if (error.code !== MISSING_PROVIDER_SETTINGS && error.issues.some(isMalformedRequest))
    return envelope(422, BAD_REQUEST);
  if (error.code === MISSING_PROVIDER_SETTINGS || providerSettingsMissing(error.issues))
    return envelope(422, 'missing provider settings');
  if (error.issues.length === 0) return envelope(422, BAD_REQUEST);
  // `update` (PATCH, and PUT through `resources`) renders the model's errors with :bad_request,
  // `create` (POST) with :unprocessable_entity.
  const status = method === 'POST' ? 422 : 400;
  return envelope(status, ...fullMessagesOf(error.issues));
}

/**
 * Not a model failure but `params.require(:user)` failing, or a part of the
 * request the controller never reads as an attribute: ActionController::BadRequest.
 */
function isMalformedRequest(issue: Issue): boolean {
  if (issue.location !== 'body') return true;
  const segments = issue.pointer.split('/').filter(Boolean);
  if (segments.length === 0) return issue.keyword !== 'anyOf';
  return segments[0] === 'user' && segments.length === 1;
}

/** `params.require(:user)` finding no `user`, or an empty one. */
function isParameterMissing(issue: Issue): boolean {
  return (
    issue.location === 'body' &&
    issue.keyword === 'required' &&
    fieldOf(issue) === 'user' &&
    (issue.pointer === '' || issue.pointer === '/user')
  );
}

/** The schema's `anyOf` over the two placements of provider_server/provider_username failed. */
function providerSettingsMissing(issues: readonly Issue[]): boolean {
  return issues.some(
    (issue) =>
      issue.location === 'body' &&
      (/^(\/user)?\/provider_(server|username)$/.test(issue.pointer) ||
        (issue.pointer === '' && issue.keyword === 'anyOf')),
  );
}
