import cors from 'cors';
import express, {
  type Express,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import type { AnyApiDefinition } from '../api/definition.ts';
import { ADMIN_PATH } from '../defaults.ts';
import { hostGuard, sameOriginOnly } from '../admin/guard.ts';
import { pagesRouter } from '../pages/index.ts';
import type { Recorder } from '../contracts/recorder.ts';
import type { ControlPlane } from '../control/control.ts';
import { redactUrl } from '../secrets.ts';

export interface AppOptions {
  /** Validate every response against the spec (default true). */
  validateResponses?: boolean;
  /** Origins allowed by CORS: `true` (any, the default for a local stub) or a list. */
  corsOrigin?: boolean | string | string[];
  /** Records served traffic as Pact files (see `startStub`'s `record`). */
  recorder?: Recorder;
  /** The admin API's token; without one it is open (`startStub` sets one off loopback). */
  adminToken?: string;
  /** The API's own port, for the pages and `/health`. */
  ownPortOf?: (api: string) => number | null;
  /** Host names the admin API and pages answer besides IP addresses and `localhost`. */
  allowedHosts?: readonly string[];
}

/** @internal Express's types stay out of the published declarations. */
export interface FacsimileApps {
  /** The main app: every API under `/<api>`, the admin API under `/__facsimile`. */
  main: Express;
  /** Each API's own app, served at the root of its dedicated port. */
  apis: Map<string, Express>;
}

/** @internal Builds the apps from a running state; listening is `startStub`'s job. */
export function createApp(control: ControlPlane, options: AppOptions = {}): FacsimileApps {
  const { runtime } = control;
  const validateResponses = options.validateResponses ?? true;
  const main = express();
  main.disable('x-powered-by');
  const apiApps = new Map<string, RequestHandler>();
  for (const api of runtime.apis) {
    apiApps.set(
      api.name,
      builtOnFirstUse(async () =>
        (await import('./api-app.ts')).createApiApp(api, control, {
          validateResponses,
          ...(options.recorder ? { recorder: options.recorder } : {}),
        }),
      ),
    );
  }
  const apis = new Map<string, Express>();
  for (const api of runtime.apis) {
    const apiApp = withCors(
      apiCors(options.corsOrigin ?? true, api.preflightStatus),
      withPathsOf(apiApps.get(api.name) as RequestHandler, api, apiApps),
    );
    const root = express();
    root.disable('x-powered-by');
    // Its app is built on first use: a build that fails must not reach Express's HTML page.
    root.use(apiApp, plainError(control));
    apis.set(api.name, root);
    main.use(`/${api.name}`, apiApp);
  }
  // Below the APIs, nothing answers another origin's page or a name this stub does not go by.
  main.use(hostGuard({ allowedHosts: options.allowedHosts ?? [] }));
  main.use(
    ADMIN_PATH,
    sameOriginOnly,
    builtOnFirstUse(async () =>
      (await import('../admin/app.ts')).createAdminApp(control, {
        token: options.adminToken,
        ownPortOf: options.ownPortOf ?? (() => null),
      }),
    ),
  );
  main.use(pagesRouter({ apis: runtime.apis.map((api) => api.name) }));
  main.get('/', (_req, res) => {
    res.json({
      name: 'facsimile',
      apis: runtime.apis.map((api) => ({ name: api.name, title: api.title, path: `/${api.name}` })),
    });
  });
  main.use((req, res) => {
    res.status(404).json({
      error: `facsimile has no route ${req.method} ${req.path}; APIs live under ${runtime.apis.map((a) => `/${a.name}`).join(', ')}`,
    });
  });
  main.use(plainError(control));
  return { main, apis };
}

/**
 * The providers' APIs answer any origin (a frontend in development calls
 * them from its own port), but a page may not set the headers that steer
 * recording: those come from test code, never from a browser.
 */
function apiCors(origin: boolean | string | string[], preflightStatus = 204): RequestHandler {
  const base = { origin, exposedHeaders: '*', maxAge: 600, optionsSuccessStatus: preflightStatus };
  // Only a preflight reads the headers asked for; every other request takes the same options.
  const actual = cors(base);
  const preflight = cors((req: cors.CorsRequest, callback) => {
    const asked = String(req.headers['access-control-request-headers'] ?? '');
    const allowedHeaders = asked
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && !/^x-pact-/i.test(name));
    callback(null, { ...base, allowedHeaders });
  });
  return (req, res, next) =>
    req.method === 'OPTIONS' ? preflight(req, res, next) : actual(req, res, next);
}

/** CORS, then the API's app, as one layer: a second layer would strip the mount path again. */
function withCors(corsMiddleware: RequestHandler, app: RequestHandler): RequestHandler {
  return (req, res, next) =>
    // As a router would: a falsy argument (cors passes null for an origin it does not allow) goes on.
    void corsMiddleware(req, res, (error?: unknown) => (error ? next(error) : app(req, res, next)));
}

/** The last word on an error nothing else answered (a path that does not decode): JSON, no stack. */
function plainError(control: ControlPlane) {
  return (error: HttpError, req: Request, res: Response, _next: NextFunction) => {
    let status = 500;
    let message = 'facsimile failed; its log says why';
    if (error instanceof URIError) {
      status = 400;
      message = `the path ${JSON.stringify(req.path.slice(0, 200))} is not valid percent-encoding`;
    } else if (error.status !== undefined && error.status >= 400 && error.status < 500) {
      status = error.status;
      message = error.message;
    } else {
      control.logger.error(`${req.method} ${redactUrl(req.originalUrl)}: ${error.message}`);
    }
    if (!res.headersSent) res.status(status).json({ error: message });
  };
}

interface HttpError extends Error {
  status?: number;
}

/**
 * An app built when its first request comes, its modules imported then: an API's validator
 * (express-openapi-validator loaded, the spec dereferenced, cloned and compiled) is most of a
 * start, and a run may never call some of the APIs. Requests that come while it is built wait.
 */
function builtOnFirstUse(build: () => Promise<RequestHandler>): RequestHandler {
  let app: RequestHandler | undefined;
  let building: Promise<RequestHandler> | undefined;
  return (req, res, next) => {
    if (app) return app(req, res, next);
    building ??= build();
    building.then(
      (built) => {
        app = built;
        try {
          built(req, res, next);
        } catch (error) {
          next(error);
        }
      },
      (error: unknown) => {
        building = undefined;
        next(error);
      },
    );
  };
}

/** The API's app, handing the paths of the API it `alsoServes` (when served) to that API's app. */
function withPathsOf(
  app: RequestHandler,
  api: AnyApiDefinition,
  apps: Map<string, RequestHandler>,
): RequestHandler {
  const other = api.alsoServes ? apps.get(api.alsoServes.api) : undefined;
  if (!api.alsoServes || !other) return app;
  const { pathPrefix } = api.alsoServes;
  return (req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith(pathPrefix) ? other(req, res, next) : app(req, res, next);
}
