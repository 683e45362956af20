import { checkJsonDepth, DEFAULT_MAX_BODY_DEPTH } from './json-depth.ts';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AnyApiDefinition, PeerState, Reply, SecurityRequirement } from '../api/definition.ts';
import type { Recorder } from '../contracts/recorder.ts';
import type { ControlPlane } from '../control/control.ts';
import { ApiError, type RenderedError } from '../api/errors.ts';
import { forcedReply, forcesAnswer } from '../control/forcing.ts';
import { toApiError } from './to-api-error.ts';
import { loadSpec, type SpecDocument } from '../specs/spec.ts';
import { redactUrl } from '../secrets.ts';
import { specValidation } from '../specs/validation.ts';
import { injectFaults, observeTraffic, trafficOf } from './traffic.ts';
import { checkRawBody, dropEmptyOptionalQuery, readRequest, viewOf } from './request-reading.ts';

export interface ApiAppOptions {
  validateResponses: boolean;
  /** Records the served traffic as Pact interactions. */
  recorder?: Recorder;
}

interface OpenApiMatch {
  schema: { operationId?: string; security?: Record<string, string[]>[] };
  pathParams: Record<string, string>;
}

type OpenApiRequest = Request & { openapi?: OpenApiMatch };

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BODY_LIMIT = '1mb';

/**
 * Builds the Express app of one provider API from its spec: the journal and
 * sessions, body parsing, express-openapi-validator for routing and
 * request/response validation, fault rules, the provider's authentication,
 * the operation handler (or the answer `Prefer` forces), and the provider's
 * error renderer. The same app is mounted under `/<api>` and served at the
 * root of the API's own port.
 */
export function createApiApp(api: AnyApiDefinition, control: ControlPlane, options: ApiAppOptions) {
  const spec = loadSpec(api.name);
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');

  if (options.recorder) app.use(options.recorder.middleware(api));
  const maxDepth = api.maxBodyDepth ?? DEFAULT_MAX_BODY_DEPTH;
  const keepRaw = (req: unknown, _res: unknown, body: Buffer) => {
    if (api.checkRawBody) (req as { rawBody?: Buffer }).rawBody = body;
  };
  const parsers = [
    express.json({
      limit: api.maxBodyBytes ?? BODY_LIMIT,
      type: api.jsonTypes ?? ['application/json'],
      verify: (req, res, body) => {
        checkJsonDepth(body, maxDepth);
        keepRaw(req, res, body);
      },
    }),
    // Forms are parsed for every API; an operation whose spec does not list them still answers 415.
    express.urlencoded({ extended: false, limit: api.maxBodyBytes ?? BODY_LIMIT, verify: keepRaw }),
    ...(api.checkRawBody ? [checkRawBody(api)] : []),
  ];
  app.use(readRequest(api, observeTraffic(api, control, app), parsers));
  app.use(validatorWithAuth(api, control, spec, options));
  app.use(dispatch(api, control, spec));
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const apiError = toApiError(error, { body: req.body, query: req.query });
    // A body of a type the operation does not take is not the client's data: nothing may keep it.
    if (apiError.kind === 'unsupportedMediaType') forgetBody(req);
    sendError(api, control, req, res, apiError);
  });
  return app;
}

function forgetBody(req: Request): void {
  req.body = undefined;
  delete (req as { rawBody?: Buffer }).rawBody;
}

function validatorWithAuth(
  api: AnyApiDefinition,
  control: ControlPlane,
  spec: SpecDocument,
  options: ApiAppOptions,
) {
  return specValidation(spec, {
    ...(options.validateResponses
      ? {
          onResponseError: (error: Error, req: Request) => {
            if (req.res) sendError(api, control, req, req.res, responseError(error));
          },
        }
      : {}),
    allowUnknownQueryParameters: !api.strictQuery,
    // Providers check credentials before they look at the request, so 401 comes before 400.
    afterMatch: [
      // Only a shared store has others' writes to apply: the file store's requests skip the hop.
      ...(control.runtime.shared ? [catchUp(control)] : []),
      injectFaults(api, control, spec, authenticate(api, control, spec)),
    ],
  });
}

function responseError(error: Error): ApiError {
  return new ApiError({
    kind: 'internal',
    message: `facsimile answered outside its spec: ${error.message}`,
  });
}

/** Another served API's state, read in the request's own scope (its session, if any). */
function peerOf(control: ControlPlane, res: Response): PeerState {
  return (name) =>
    control.runtime.apis.some((api) => api.name === name)
      ? trafficOf(res).authState(name)
      : undefined;
}

/** With a store shared by several processes: what the others committed is applied before this request reads. */
function catchUp(control: ControlPlane) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const session = trafficOf(res).session;
    const prepared = session === undefined ? Promise.resolve() : control.prepareSession(session);
    prepared.then(() => control.runtime.sync()).then(() => next(), next);
  };
}

function authenticate(api: AnyApiDefinition, control: ControlPlane, spec: SpecDocument) {
  const globalSecurity = (spec.security ?? []) as Record<string, string[]>[];
  const securityOf = new WeakMap<object, SecurityRequirement[]>();
  return (req: Request, res: Response, next: NextFunction) => {
    let principal: unknown;
    try {
      const match = (req as OpenApiRequest).openapi;
      if (!match) return next();
      dropEmptyOptionalQuery(req);
      let security = securityOf.get(match.schema);
      if (!security) {
        security = (match.schema.security ?? globalSecurity).flatMap((requirement) =>
          Object.entries(requirement).map(([scheme, scopes]) => ({ scheme, scopes })),
        );
        securityOf.set(match.schema, security);
      }
      principal = api.authenticate({
        request: viewOf(req),
        params: match.pathParams,
        security,
        state: trafficOf(res).authState(api.name),
        peer: peerOf(control, res),
      });
    } catch (error) {
      return next(error);
    }
    // Most providers check credentials synchronously: no promise to wait on then.
    if (!(principal instanceof Promise)) {
      res.locals.principal = principal;
      return next();
    }
    principal.then((value: unknown) => {
      res.locals.principal = value;
      next();
    }, next);
  };
}

function dispatch(api: AnyApiDefinition, control: ControlPlane, spec: SpecDocument) {
  return (req: OpenApiRequest, res: Response, next: NextFunction) => {
    try {
      const match = req.openapi;
      const operationId = match?.schema.operationId;
      const handler = operationId ? api.handlers[operationId] : undefined;
      // A target the validator cannot place (asterisk-form `GET *`) names no route.
      if (!match) throw new ApiError({ kind: 'routeNotFound', message: 'not found' });
      if (!operationId || !handler) {
        throw new ApiError({
          kind: 'internal',
          message: `no handler for ${req.method} ${req.path}`,
        });
      }
      const traffic = trafficOf(res);
      if (forcesAnswer(traffic.preference)) {
        send(
          api,
          req,
          res,
          forcedReply(spec, operationId, traffic.preference, match.pathParams ?? {}),
        );
        return;
      }
      const scope = traffic.scope();
      const run = (state: unknown) =>
        handler({
          operationId,
          params: match.pathParams,
          query: req.query as Record<string, unknown>,
          body: req.body,
          request: viewOf(req),
          principal: res.locals.principal,
          state,
          peer: peerOf(control, res),
        });
      const answer = READ_METHODS.has(req.method)
        ? run(scope.state(api.name))
        : scope.transact(api.name, run);
      if (answer instanceof Promise)
        answer.then((reply: Reply) => send(api, req, res, reply)).catch(next);
      else send(api, req, res, answer);
    } catch (error) {
      next(error);
    }
  };
}

function send(api: AnyApiDefinition, req: Request, res: Response, answer: Reply): void {
  res.status(answer.status);
  // One after the other rather than merged: a header both name keeps its place and the answer's value.
  if (api.responseHeaders) res.set(api.responseHeaders(viewOf(req), trafficOf(res).startedAt));
  if (answer.headers) res.set(answer.headers);
  if (answer.body === undefined) {
    res.end();
    return;
  }
  if (!res.get('Content-Type')) res.type(api.jsonTypes?.[0] ?? 'application/json');
  // A documented plain-text answer (Scalingo's 429 "Retry later") goes out as the text itself.
  if (typeof answer.body === 'string' && res.get('Content-Type')?.startsWith('text/'))
    res.send(answer.body);
  else res.json(answer.body);
}

function sendError(
  api: AnyApiDefinition,
  control: ControlPlane,
  req: Request,
  res: Response,
  error: ApiError,
): void {
  if (res.headersSent) return;
  if (error.kind === 'internal' && error.status === undefined)
    control.logger.error(
      { api: api.name },
      `${req.method} ${redactUrl(req.originalUrl)}: ${error.message}`,
    );
  const rendered = renderSafely(api, control, error, req);
  if (rendered.contentType) res.type(rendered.contentType);
  send(api, req, res, {
    status: error.status ?? rendered.status,
    body: rendered.body,
    headers: { ...error.headers, ...rendered.headers },
  });
}

/** A renderer that throws must not let Express answer with its HTML stack trace. */
function renderSafely(
  api: AnyApiDefinition,
  control: ControlPlane,
  error: ApiError,
  req: Request,
): RenderedError {
  try {
    return api.renderError(error, viewOf(req));
  } catch (failure) {
    const message = `facsimile could not render a ${error.kind} error: ${(failure as Error).message}`;
    control.logger.error(
      { api: api.name },
      `${req.method} ${redactUrl(req.originalUrl)}: ${message}`,
    );
    return api.renderError(new ApiError({ kind: 'internal', message }), viewOf(req));
  }
}
