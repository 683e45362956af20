import type { NextFunction, Request, RequestHandler, Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { SpecDocument } from './spec.ts';

export interface SpecValidationOptions {
  /** Called when a response breaks the spec; `undefined` turns response validation off. */
  onResponseError?: (error: Error, req: Request) => void;
  /** Validate requests (default true). */
  validateRequests?: boolean;
  /** Let query parameters the spec does not declare through (default true). */
  allowUnknownQueryParameters?: boolean;
  /** Middleware to run once the operation is matched, before the request is validated. */
  afterMatch?: RequestHandler[];
  /**
   * Match the path as seen inside the mounted app (default), or the full original URL, for a
   * spec whose `servers` carry the mount path (the admin API's `/__facsimile`).
   */
  matchOriginalUrl?: boolean;
}

/**
 * express-openapi-validator over one spec, as every part of facsimile uses it:
 * routing by the spec, all request errors at once, responses checked on the
 * way out, and the bracket-name fix for query parameters like `filter[user]`.
 */
export function specValidation(
  spec: SpecDocument,
  options: SpecValidationOptions = {},
): RequestHandler[] {
  const { onResponseError } = options;
  const used = [...validatorFor(spec, options)];
  const at = used.findIndex((middleware) => middleware.name === 'metadataMiddleware');
  if (at < 0)
    throw new Error('express-openapi-validator changed: no metadataMiddleware to hook after');
  used.splice(at + 1, 0, ...(options.afterMatch ?? []), exposeOperationToQueryParser);
  if (!onResponseError) return used;
  const bindHandler = (req: Request, _res: Response, next: NextFunction) => {
    responseErrorHandlers.set(req, onResponseError);
    next();
  };
  return [bindHandler, ...used];
}

type ResponseErrorHandler = NonNullable<SpecValidationOptions['onResponseError']>;

/** The handler of the app each request is in: validators are shared by every app of a spec. */
const responseErrorHandlers = new WeakMap<Request, ResponseErrorHandler>();

/**
 * The validator's middlewares, built once per spec and settings in a process: building them
 * (dereferencing and cloning the spec, compiling schemas on first use) is most of what a
 * second `startStub` in the same process would otherwise spend.
 */
const validators = new WeakMap<SpecDocument, Map<string, RequestHandler[]>>();

function validatorFor(spec: SpecDocument, options: SpecValidationOptions): RequestHandler[] {
  const validatesRequests = options.validateRequests !== false;
  const validatesResponses = options.onResponseError !== undefined;
  const key = [
    validatesRequests,
    validatesResponses,
    options.matchOriginalUrl === true,
    options.allowUnknownQueryParameters ?? true,
  ].join(':');
  const built = validators.get(spec) ?? new Map<string, RequestHandler[]>();
  validators.set(spec, built);
  let middlewares = built.get(key);
  if (!middlewares) {
    middlewares = buildValidator(spec, validatesRequests, validatesResponses, options);
    built.set(key, middlewares);
  }
  return middlewares;
}

function buildValidator(
  spec: SpecDocument,
  validatesRequests: boolean,
  validatesResponses: boolean,
  options: SpecValidationOptions,
): RequestHandler[] {
  const middlewares = OpenApiValidator.middleware({
    // express-openapi-validator annotates the document it is given; keep ours pristine.
    apiSpec: structuredClone(spec) as never,
    validateApiSpec: false,
    // Most real providers ignore query parameters they do not know.
    validateRequests: validatesRequests
      ? {
          allErrors: true,
          allowUnknownQueryParameters: options.allowUnknownQueryParameters ?? true,
        }
      : false,
    validateResponses: validatesResponses
      ? {
          allErrors: true,
          onError: (error, _body, req) =>
            responseErrorHandlers.get(req as Request)?.(error, req as Request),
        }
      : false,
    validateSecurity: false,
    useRequestUrl: !options.matchOriginalUrl,
    // Parameter objects must be inline for the bracket-name check below to see their names.
    $refParser: { mode: 'dereference' },
  });
  // Each of its middlewares waits on a promise per request; these two have nothing to do here:
  // no Express route declares a path parameter, and credentials are the providers' own check.
  return middlewares.filter(
    (middleware) => !UNUSED_MIDDLEWARES.has(middleware.name),
  ) as RequestHandler[];
}

const UNUSED_MIDDLEWARES = new Set(['pathParamsMiddleware', 'securityMiddleware']);

interface MatchedOperation {
  schema: { parameters?: { in?: string; name?: string }[] };
}

/** Whether an operation has a query parameter named with brackets; worked out once per operation. */
const hasBracketNames = new WeakMap<object, boolean>();

function declaresBracketNames(operation: MatchedOperation['schema']): boolean {
  let answer = hasBracketNames.get(operation);
  if (answer === undefined) {
    answer = (operation.parameters ?? []).some(
      (parameter) => parameter.in === 'query' && parameter.name?.includes('[') === true,
    );
    hasBracketNames.set(operation, answer);
  }
  return answer;
}

/**
 * express-openapi-validator 5 turns a query key such as `filter[account]` into
 * a nested object unless the spec declares that literal name, and it finds the
 * declared names through `req.query._openapi`, which nothing sets
 * (cdimascio/express-openapi-validator#1115). Scalr's `filter[...]` and
 * `page[...]` parameters need the literal names, so the matched operation is
 * attached there, on a writable copy of Express 5's computed `req.query`.
 */
function exposeOperationToQueryParser(req: Request, _res: Response, next: NextFunction) {
  const openapi = (req as Request & { openapi?: MatchedOperation }).openapi;
  if (openapi && declaresBracketNames(openapi.schema)) {
    const query = { ...(req.query as Record<string, unknown>) };
    Object.defineProperty(query, '_openapi', { value: openapi, enumerable: false });
    Object.defineProperty(req, 'query', {
      value: query,
      writable: true,
      configurable: true,
      enumerable: true,
    });
  }
  next();
}
