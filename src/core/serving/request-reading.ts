import type { NextFunction, Request, Response } from 'express';
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
export function emptyBodyAsJson(api: AnyApiDefinition) {
  const type = api.jsonTypes?.[0] ?? 'application/json';
  return (req: Request, _res: Response, next: NextFunction) => {
    const length = req.headers['content-length'];
    const bodyless =
      (length === undefined || length === '0') && req.headers['transfer-encoding'] === undefined;
    const declared = req.headers['content-type'];
    const noType = !declared || declared.startsWith('application/x-www-form-urlencoded');
    if (WRITE_METHODS.has(req.method) && noType && bodyless) {
      req.headers['content-type'] = type;
      req.body = {};
    }
    next();
  };
}

/** Routes a request by the path the API says it means (`api.routedUrl`). */
export function routeBy(routedUrl: (url: string) => string) {
  return (req: Request, _res: Response, next: NextFunction) => {
    req.url = routedUrl(req.url);
    next();
  };
}

/**
 * HEAD routed as GET; Node sends no body for a HEAD request whatever the
 * handler writes, so the client gets GET's status and headers only.
 */
export function headAsGet(req: Request, _res: Response, next: NextFunction) {
  if (req.method === 'HEAD') req.method = 'GET';
  next();
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

/** An optional query parameter sent empty (`from=`) is absent, as Rails and restify read it. */
export function dropEmptyOptionalQuery(req: OpenApiRequest, _res: Response, next: NextFunction) {
  const parameters = (req.openapi?.schema as { parameters?: DeclaredParameter[] } | undefined)
    ?.parameters;
  const query = req.query as Record<string, unknown>;
  const empty = (parameters ?? []).filter(
    (p) => p.in === 'query' && !p.required && p.name !== undefined && query[p.name] === '',
  );
  if (empty.length > 0) {
    const dropped = new Set(empty.map((parameter) => parameter.name));
    const kept = Object.fromEntries(Object.entries(query).filter(([name]) => !dropped.has(name)));
    Object.defineProperty(req, 'query', {
      value: kept,
      writable: true,
      configurable: true,
      enumerable: true,
    });
  }
  next();
}
