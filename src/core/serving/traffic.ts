import { setTimeout as sleep } from 'node:timers/promises';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { AnyApiDefinition } from '../api/definition.ts';
import type { ControlPlane, PendingSession } from '../control/control.ts';
import { ApiError } from '../api/errors.ts';
import type { Decision } from '../control/faults.ts';
import { forcedReply, NO_PREFERENCE, parsePrefer, type Preference } from '../control/forcing.ts';
import { keepsBody, type NewJournalEntry } from '../control/journal.ts';
import { redactUrl } from '../secrets.ts';
import { SESSION_HEADER, SESSION_ID, type StateScope } from '../state/index.ts';
import type { SpecDocument } from '../specs/spec.ts';

/** What facsimile knows of a request beyond Express's own: kept in `res.locals.traffic`. */
export interface Traffic {
  startedAt: bigint;
  session: string | undefined;
  preference: Readonly<Preference>;
  fault?: Decision['fault'] & { latencyMs: number };
  /** The exact bytes sent, for the journal. */
  sent?: string;
  scope(): StateScope;
  /**
   * The state credentials are checked against: for a session that does not
   * exist yet, its would-be seed; the session itself starts with `scope()`,
   * once they have passed.
   */
  authState(api: string): unknown;
}

export function trafficOf(res: Response): Traffic {
  return res.locals.traffic as Traffic;
}

type OpenApiRequest = Request & { openapi?: { schema: { operationId?: string } } };

/** One request's traffic; methods, not closures, so a request allocates one object for it. */
class RequestTraffic implements Traffic {
  readonly startedAt = process.hrtime.bigint();
  readonly startedMs = Date.now();
  session: string | undefined = undefined;
  preference: Readonly<Preference> = NO_PREFERENCE;
  fault?: Traffic['fault'];
  sent?: string;
  readonly #control: ControlPlane;
  readonly #origin: string | undefined;
  #scope: StateScope | undefined;
  #pending: PendingSession | undefined;

  constructor(control: ControlPlane, origin: string | undefined) {
    this.#control = control;
    this.#origin = origin;
  }

  scope(): StateScope {
    return (this.#scope ??= this.#pending
      ? this.#pending.start()
      : this.#control.scopeFor(this.session, this.#origin));
  }

  authState(name: string): unknown {
    if (this.#scope === undefined && this.session !== undefined)
      this.#pending ??= this.#control.pendingSession(this.session, this.#origin);
    return this.#scope === undefined && this.#pending
      ? this.#pending.stateOf(name)
      : this.scope().state(name);
  }
}

const expressSend = express.response.send;

/**
 * What every API app does first: reads the session and `Prefer`, keeps the
 * bytes sent, and files the exchange in the journal (and the log) once it is
 * over, whether answered or dropped. Its `send` is the app's own responses'
 * (`app.response`, the prototype Express gives each response in the app), and
 * its close listener is made once per app: a request adds no closure and no
 * property of its own. Throws the provider's 400 for a bad session id or
 * `Prefer`, once the exchange is being observed.
 */
export function observeTraffic(api: AnyApiDefinition, control: ControlPlane, app: Express) {
  function send(this: Response, chunk?: unknown) {
    const traffic = this.locals.traffic as Traffic | undefined;
    if (typeof chunk === 'string' && traffic) {
      traffic.sent = chunk;
      if (api.onBody) this.set(api.onBody(chunk));
      const type = this.get('Content-Type');
      // Express adds `; charset=utf-8` to JSON types and string bodies; setHeader and a Buffer do not.
      if (api.bareContentType && type) {
        this.setHeader('Content-Type', type.split(';')[0] ?? type);
        return expressSend.call(this, Buffer.from(chunk));
      }
    }
    return expressSend.call(this, chunk);
  }
  app.response.send = send;
  // 'close' follows 'finish' on an answered request too; an unfinished one was dropped.
  function onClose(this: Response) {
    const req = this.req;
    try {
      file(api, control, req, this, this.writableFinished ? this.statusCode : null);
    } catch (error) {
      control.logger.error(
        `could not journal ${req.method} ${redactUrl(req.originalUrl)}: ${error}`,
      );
    }
  }
  return (req: Request, res: Response): void => {
    // A web page's sessions count against its origin's share of the slots.
    const traffic = new RequestTraffic(control, req.headers.origin);
    res.locals.traffic = traffic;
    // A response closes once: `on` spares the wrapper `once` would make per request.
    res.on('close', onClose);
    traffic.session = sessionOf(req);
    // Node joins a repeated header it does not know into one string.
    const prefer = req.headers.prefer as string | undefined;
    if (prefer !== undefined) traffic.preference = parsePrefer(prefer);
  };
}

function sessionOf(req: Request): string | undefined {
  const id = req.headers[SESSION_HEADER] as string | undefined;
  if (id === undefined) return undefined;
  if (!SESSION_ID.test(id)) {
    throw new ApiError({
      kind: 'invalid',
      message: `X-Facsimile-Session must be 1 to 128 letters, digits, '.', '_', ':' or '-'`,
      issues: [{ location: 'header', pointer: `/${SESSION_HEADER}`, message: 'bad session id' }],
    });
  }
  return id;
}

function file(
  api: AnyApiDefinition,
  control: ControlPlane,
  req: OpenApiRequest,
  res: Response,
  status: number | null,
): void {
  const traffic = trafficOf(res) as RequestTraffic;
  const durationMs = Number(process.hrtime.bigint() - traffic.startedAt) / 1e6;
  const operationId = req.openapi?.schema.operationId ?? null;
  const entry: NewJournalEntry = {
    time: new Date(traffic.startedMs).toISOString(),
    api: api.name,
    operationId,
    method: req.method,
    path: redactUrl(req.url),
    status,
    durationMs: Math.round(durationMs * 100) / 100,
    session: traffic.session ?? null,
  };
  if (traffic.preference !== NO_PREFERENCE) entry.forced = traffic.preference;
  if (traffic.fault) entry.fault = traffic.fault;
  const requestHeaders = req.headers;
  const requestBody = requestBodyOf(req, status);
  const responseHeaders = res.getHeaders();
  const sent = traffic.sent;
  const responseBody =
    sent !== undefined && !keepsBody(sent.length) ? { omitted: `${sent.length} characters` } : sent;
  control.journal.add(entry, {
    request: { headers: requestHeaders, body: requestBody },
    response: { headers: responseHeaders, body: responseBody },
  });
  if (control.logger.isLevelEnabled('info'))
    control.logger.info(
      { api: api.name, operationId, status, ms: entry.durationMs, session: entry.session },
      `${req.method} ${redactUrl(req.originalUrl)} ${status ?? 'dropped'}`,
    );
}

/** The request body for the journal: a body refused as an unsupported media type is never kept. */
function requestBodyOf(req: Request, status: number | null): unknown {
  const length = Number(req.get('content-length') ?? 0);
  if (status === 415 && (length > 0 || req.get('transfer-encoding') !== undefined))
    return { omitted: 'a media type the operation does not take' };
  return keepsBody(length) ? req.body : { omitted: `${length} bytes` };
}

/**
 * After the operation is matched, before credentials are checked: the delay
 * `Prefer` asks for, then the fault rules' latency and faults; `then` goes on
 * with the request. While no rule is set and no delay asked, that is one
 * look-up and no promise.
 */
export function injectFaults(
  api: AnyApiDefinition,
  control: ControlPlane,
  spec: SpecDocument,
  then: (req: Request, res: Response, next: NextFunction) => void,
) {
  async function delayed(
    req: OpenApiRequest,
    res: Response,
    next: NextFunction,
    decision: Readonly<Decision>,
    delay: number,
  ) {
    if (delay > 0) await sleep(delay);
    if (!decision.fault) return then(req, res, next);
    const operationId = req.openapi?.schema.operationId;
    trafficOf(res).fault = { ...decision.fault, latencyMs: decision.latencyMs };
    if (decision.fault.kind === 'drop') return req.socket.destroy();
    if (decision.fault.kind === 'malformed') return sendMalformed(res, spec, operationId);
    next(
      new ApiError({
        kind: 'internal',
        message: `facsimile fault rule ${decision.fault.rule}: ${decision.fault.status}`,
        status: decision.fault.status,
      }),
    );
  }
  return (req: OpenApiRequest, res: Response, next: NextFunction) => {
    try {
      const traffic = trafficOf(res);
      const operationId = req.openapi?.schema.operationId;
      const decision = control.rules.decide(api.name, operationId, traffic.session);
      const delay = decision.latencyMs + (traffic.preference.delay ?? 0);
      if (delay === 0 && !decision.fault) return then(req, res, next);
      delayed(req, res, next, decision, delay).catch(next);
    } catch (error) {
      next(error);
    }
  };
}

/** A success status with the start of its documented body, cut off mid-JSON. */
function sendMalformed(res: Response, spec: SpecDocument, operationId: string | undefined): void {
  let status = 200;
  let text = '{"facsimile": "malformed fault"}';
  if (operationId) {
    try {
      const reply = forcedReply(spec, operationId, {});
      status = reply.status;
      if (reply.body !== undefined) text = JSON.stringify(reply.body);
    } catch {
      // An operation without a documented success keeps the generic body.
    }
  }
  const cut = text.slice(0, Math.max(2, Math.floor(text.length / 2)));
  res.status(status === 204 ? 200 : status);
  res.setHeader('Content-Type', 'application/json');
  trafficOf(res).sent = cut;
  res.end(cut);
}
