import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { PROJECT_ROOT } from '../paths.ts';
import { loadSpec } from '../specs/spec.ts';

const STATIC_DIR = join(PROJECT_ROOT, 'src', 'core', 'pages', 'static');
// Resolved, not imported: the package's entry point would load the whole browser bundle into Node.
const SWAGGER_UI_DIR = dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);
const SWAGGER_UI_FILES = /^\/swagger-ui(-bundle)?\.(js|css)(\.map)?$/;

/** Pages only load what this stub serves; every string they show is inserted as text. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Swagger UI sets inline styles on its elements.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PagesOptions {
  /** The APIs this stub serves: the pages of any other API answer 404. */
  apis: readonly string[];
}

/**
 * The browser pages on the main port: the home page (`/`, for a browser),
 * an interactive reference per API (`/docs/<api>`, `/docs/admin`), a state
 * view (`/state/<api>`) and the journal (`/journal`). The pages are static
 * files; their scripts read everything from the admin API.
 */
export function pagesRouter({ apis }: PagesOptions): express.Router {
  const router = express.Router();
  router.get('/', (req, res, next) => (wantsHtml(req) ? sendPage(res, 'index.html') : next()));
  router.get('/journal', (_req, res) => sendPage(res, 'journal.html'));
  router.get('/docs/admin', (_req, res) => sendPage(res, 'docs.html'));
  router.get('/docs/:api', servedOnly(apis, 'docs.html'));
  router.get('/state/:api', servedOnly(apis, 'state.html'));
  router.get('/specs/admin.json', (_req, res) => {
    res.json(loadSpec('admin'));
  });
  router.use('/assets/swagger-ui', (req, res, next) =>
    SWAGGER_UI_FILES.test(req.path) ? next() : res.status(404).end(),
  );
  router.use('/assets/swagger-ui', express.static(SWAGGER_UI_DIR, { index: false }));
  router.use('/assets', express.static(join(STATIC_DIR, 'assets'), { index: false }));
  return router;
}

/** A browser asks for HTML first; curl (`*\/*`) and clients without `Accept` get the JSON index. */
function wantsHtml(req: Request): boolean {
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}

function servedOnly(apis: readonly string[], file: string) {
  return (req: Request, res: Response, next: NextFunction) =>
    apis.includes(String(req.params.api)) ? sendPage(res, file) : next();
}

function sendPage(res: Response, file: string): void {
  res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.set('Cache-Control', 'no-cache');
  res.sendFile(join(STATIC_DIR, file));
}
