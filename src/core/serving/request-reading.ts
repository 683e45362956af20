import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AnyApiDefinition, RequestView } from '../api/definition.ts';

/** How the API apps read a request before the spec validates it, where Express's defaults differ from the providers'. */

type OpenApiRequest = Request & { openapi?: { schema: object } };

/** What providers see of a request: the path inside the API, the one sent, the headers. */
export function viewOf(req: Request): RequestView {
  return { method: req.method, url: req.url, originalUrl: req.originalUrl, headers: req.headers };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * A write sent with no body at all (no Content-Type, nothing to read) is
 * answered as the providers answer an empty JSON object: their frameworks
 * read no parameters from it (restify, Rails), they do not refuse a media
 * type that was never sent. Nor an empty form, which is what axios (scalingo.js)
 * labels a POST without data: zero bytes of form data are no parameters.
 */
function emptyBodyAsJson(req: Request, type: string): void {
  const length = req.headers['content-length'];
  const bodyless =
    (length === undefined || length === '0') && req.headers['transfer-encoding'] === undefined;
  const declared = req.headers['content-type'];
  const noType = !declared || declared.startsWith('application/x-www-form-urlencoded');
  if (WRITE_METHODS.has(req.method) && noType && bodyless) {
    req.headers['content-type'] = type;
    req.body = {};
  }
}

/**
 * How an API app reads a request before the validator sees it, as one middleware rather
 * than a layer each: `begin` (the traffic it observes), the routed path (`api.routedUrl`),
 * HEAD routed as GET (Node sends no body for HEAD whatever the handler writes, so the client
 * gets GET's status and headers only), an empty write as JSON, then the body parsers, which
 * only a request with a body goes through: one without (most GETs) keeps `req.body`
 * undefined, as the parsers would leave it.
 */
export function readRequest(
  api: AnyApiDefinition,
  begin: (req: Request, res: Response) => void,
  parsers: RequestHandler[],
): RequestHandler {
  const { routedUrl, headAsGet } = api;
  const emptyType = api.jsonTypes?.[0] ?? 'application/json';
  const parseBody = inTurn(parsers);
  return (req, res, next) => {
    try {
      begin(req, res);
      if (routedUrl) req.url = routedUrl(req.url);
      if (headAsGet && req.method === 'HEAD') req.method = 'GET';
      emptyBodyAsJson(req, emptyType);
    } catch (error) {
      return next(error);
    }
    if (
      req.headers['transfer-encoding'] !== undefined ||
      req.headers['content-length'] !== undefined
    )
      return parseBody(req, res, next);
    if (!('body' in (req as object))) req.body = undefined;
    next();
  };
}

/** Middlewares run one after the other, as their own layers would be, stopping at an error. */
function inTurn(handlers: RequestHandler[]): RequestHandler {
  return (req, res, next) => {
    let at = 0;
    const step = (error?: unknown) => {
      const handler = handlers[at++];
      if (error !== undefined || !handler) return next(error as Error | undefined);
      try {
        void handler(req, res, step);
      } catch (failure) {
        next(failure);
      }
    };
    step();
  };
}

type RawRequest = Request & { rawBody?: Buffer };

export function checkRawBody(api: AnyApiDefinition) {
  return (req: RawRequest, _res: Response, next: NextFunction) => {
    try {
      if (req.rawBody) api.checkRawBody?.(req.rawBody, viewOf(req));
      next();
    } catch (error) {
      next(error);
    }
  };
}

interface DeclaredParameter {
  in?: string;
  name?: string;
  required?: boolean;
}

/** The optional query parameters of an operation, by its schema: worked out once each. */
const optionalQueryNames = new WeakMap<object, readonly string[]>();

function optionalQueryOf(schema: { parameters?: DeclaredParameter[] }): readonly string[] {
  let names = optionalQueryNames.get(schema);
  if (!names) {
    names = (schema.parameters ?? []).flatMap((p) =>
      p.in === 'query' && !p.required && p.name !== undefined ? [p.name] : [],
    );
    optionalQueryNames.set(schema, names);
  }
  return names;
}

/** An optional query parameter sent empty (`from=`) is absent, as Rails and restify read it. */
export function dropEmptyOptionalQuery(req: OpenApiRequest): void {
  const schema = req.openapi?.schema as { parameters?: DeclaredParameter[] } | undefined;
  const optional = schema ? optionalQueryOf(schema) : [];
  if (optional.length === 0) return;
  const query = req.query as Record<string, unknown>;
  const dropped = new Set(optional.filter((name) => query[name] === ''));
  if (dropped.size === 0) return;
  const kept = Object.fromEntries(Object.entries(query).filter(([name]) => !dropped.has(name)));
  Object.defineProperty(req, 'query', {
    value: kept,
    writable: true,
    configurable: true,
    enumerable: true,
  });
}
