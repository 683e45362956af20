import { timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { ControlPlane } from '../control/control.ts';
import { answerTooLarge } from '../api/errors.ts';
import { packageVersion } from '../paths.ts';
import { unparsedBodyMessage } from '../secrets.ts';
import { SeedOutgrowsHeap, SESSION_HEADER, SESSION_ID, StoreWriteFailed } from '../state/index.ts';
import { loadSpec } from '../specs/spec.ts';
import { specValidation } from '../specs/validation.ts';
import { jsonPosts } from './guard.ts';
import { adminHandlers } from './handlers.ts';

export { ADMIN_PATH } from '../defaults.ts';
export const ADMIN_TOKEN_HEADER = 'x-facsimile-admin-token';

export interface AdminOptions {
  /** Required on every call when set. */
  token?: string | undefined;
  ownPortOf(api: string): number | null;
}

const VERSION = packageVersion();

type AdminRequest = Request & {
  openapi?: { schema: { operationId: string }; pathParams: Record<string, string> };
};

interface ValidatorError {
  status?: number;
  type?: string;
  message?: string;
  errors?: { path?: string; message?: string }[];
}

/**
 * The control plane under `/__facsimile`, routed and validated by
 * spec/admin.yaml like the provider APIs are by theirs; errors are
 * `{"error": "..."}` with the status.
 */
export function createAdminApp(control: ControlPlane, options: AdminOptions) {
  const app = express.Router();
  app.use(requireToken(options.token));
  app.use(jsonPosts(Boolean(options.token)));
  app.use(express.json({ limit: '1mb' }));
  app.use(
    specValidation(loadSpec('admin'), {
      matchOriginalUrl: true,
      onResponseError: (error, req) => {
        control.logger.error(`admin answered outside spec/admin.yaml: ${error.message}`);
        req.res
          ?.status(500)
          .json({ error: `facsimile answered outside its spec: ${error.message}` });
      },
    }),
  );
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    try {
      const match = (req as AdminRequest).openapi;
      const handler = match ? adminHandlers[match.schema.operationId] : undefined;
      if (!match || !handler) return next();
      // A store shared by several processes: what the others committed first (health answers even without it).
      if (match.schema.operationId !== 'getHealth') await control.runtime.sync();
      const named = req.get(SESSION_HEADER) ?? req.query.session;
      if (typeof named === 'string' && SESSION_ID.test(named)) await control.prepareSession(named);
      const deleted =
        match.schema.operationId === 'deleteSession' ? match.pathParams.id : undefined;
      if (deleted !== undefined && SESSION_ID.test(deleted)) await control.prepareSession(deleted);
      const answer = await handler({
        control,
        params: match.pathParams,
        query: req.query as Record<string, unknown>,
        body: req.body,
        session: req.get(SESSION_HEADER),
        ownPortOf: options.ownPortOf,
        version: VERSION,
      });
      res.status(answer.status);
      if (answer.body === undefined) res.end();
      else res.json(answer.body);
    } catch (error) {
      next(error);
    }
  });
  app.use((error: ValidatorError, _req: Request, res: Response, _next: NextFunction) => {
    // Says what could not be stored and the system's code; names no path.
    if (error instanceof StoreWriteFailed) return res.status(503).json({ error: error.message });
    if (error instanceof SeedOutgrowsHeap) return res.status(507).json({ error: error.message });
    const tooLarge = answerTooLarge(error);
    if (tooLarge) return res.status(507).json({ error: tooLarge });
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) control.logger.error(`admin API failed: ${error.message}`);
    // A failure's own message may name a file on this machine: it goes to the log only.
    res.status(status).json({
      error:
        status === 500
          ? 'facsimile failed; its log says why'
          : error.type === 'entity.parse.failed'
            ? unparsedBodyMessage(error.message)
            : (error.message ?? 'bad request'),
      ...(error.errors
        ? { issues: error.errors.map(({ path, message }) => ({ path, message })) }
        : {}),
    });
  });
  return app;
}

function requireToken(token: string | undefined) {
  const expected = token ? Buffer.from(token) : undefined;
  return (req: Request, res: Response, next: NextFunction) => {
    if (!expected) return next();
    const bearer = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1];
    const sent = Buffer.from(req.get(ADMIN_TOKEN_HEADER) ?? bearer ?? '');
    if (sent.length === expected.length && timingSafeEqual(sent, expected)) return next();
    res
      .status(401)
      .set('WWW-Authenticate', 'Bearer realm="facsimile"')
      .json({ error: 'the admin API needs the admin token (Authorization: Bearer <token>)' });
  };
}
