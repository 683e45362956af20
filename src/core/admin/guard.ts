import { isIP } from 'node:net';
import type { NextFunction, Request, Response } from 'express';

/**
 * What keeps a web page on another origin away from the admin API and the
 * pages: a `Host` allow-list (DNS rebinding), no answer to another origin's
 * page (`Origin`), and a JSON content type on every `POST` without the
 * token, since a page can send a bodiless or form `POST` without a preflight.
 * Other methods always need a preflight, which this API never grants.
 */
export interface GuardOptions {
  /** Host names answered besides IP addresses and `localhost`: the `--host` given, `--allowed-host`. */
  allowedHosts: readonly string[];
}

const refuse = (res: Response, status: number, error: string) => {
  res.status(status).json({ error });
};

/** The host name of a `Host` header, without its port: `[::1]:4010` → `::1`. */
export function hostNameOf(header: string): string {
  const name = header.startsWith('[') ? header.slice(1, header.indexOf(']')) : header.split(':')[0];
  return (name ?? '').toLowerCase().replace(/\.$/, '');
}

/** Whether a `Host` names this stub: an IP address (rebinding needs a name), `localhost`, or an allowed name. */
export function allowsHost(allowed: ReadonlySet<string>, header: string | undefined): boolean {
  if (header === undefined) return true;
  const name = hostNameOf(header);
  return (
    isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || allowed.has(name)
  );
}

export function hostGuard(options: GuardOptions) {
  const allowed = new Set(options.allowedHosts.map(hostNameOf));
  return (req: Request, res: Response, next: NextFunction) => {
    if (allowsHost(allowed, req.headers.host)) return next();
    const name = hostNameOf(req.headers.host ?? '');
    refuse(
      res,
      403,
      `facsimile does not answer its admin API and pages for the host "${name}" (a guard against DNS rebinding); behind a proxy, start it with --allowed-host ${name}`,
    );
  };
}

/** Refuses a request a page of another origin sent: browsers name that origin in `Origin`. */
export function sameOriginOnly(req: Request, res: Response, next: NextFunction): void {
  const origin = req.get('origin');
  if (origin === undefined || sameOrigin(origin, req.headers.host)) return next();
  refuse(
    res,
    403,
    `facsimile's admin API does not answer pages of other origins (Origin: ${origin.slice(0, 200)})`,
  );
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/** A `POST` must say it sends JSON (never a form or a bodiless simple request), unless it has the token. */
export function jsonPosts(hasToken: boolean) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (hasToken || req.method !== 'POST' || isJson(req.get('content-type'))) return next();
    refuse(
      res,
      415,
      `POST ${req.baseUrl}${req.path} needs Content-Type: application/json (an empty body is {}): browsers cannot send that from another site without asking first`,
    );
  };
}

function isJson(type: string | undefined): boolean {
  const essence = type?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || /^application\/[\w.-]+\+json$/.test(essence);
}
