import { mkdir } from 'node:fs/promises';
import type { Request, Response, NextFunction } from 'express';
import type { AnyApiDefinition } from '../api/definition.ts';
import { forcesAnswer, providerPreferences } from '../control/forcing.ts';
import type { ActiveState } from '../control/provider-states.ts';
import { redactUrl } from '../secrets.ts';
import type { Traffic } from '../serving/traffic.ts';
import { loadSpec, operationById, resolveRef } from '../specs/spec.ts';
import type { Logger } from '../logger.ts';
import { bodyMatchers, contentTypeMatcher } from './matchers.ts';
import { CONSUMER_NAME } from './names.ts';
import { requestWithoutSecrets, withoutSecrets } from './recorded-secrets.ts';
import { writePactFile, type PactInteraction } from './pact-file.ts';

/** Request headers worth pinning; the rest vary per call (date, ids, lengths) or are transport detail. */
const KEPT_HEADERS = new Set(['authorization', 'content-type', 'accept', 'prefer', 'accept-version']);
const CONSUMER_HEADER = 'x-pact-consumer';
const STATE_HEADER = 'x-pact-provider-state';
/** A bound on what a recording holds, so a long or hostile run cannot exhaust memory. */
export const MAX_RECORDED_INTERACTIONS = 5000;
const MAX_RECORDED_CHARS = 64 * 1024 * 1024;

export interface RecorderOptions {
  dir: string;
  /** Used when a request has no `X-Pact-Consumer` header. */
  consumer: string;
  /** The provider state set last through `/__facsimile/provider-states`. */
  activeState: () => ActiveState | undefined;
  /** New interactions kept at most (default 5000); later ones are left out, with a log line. */
  maxInteractions?: number;
  /** Told when a request is not recorded (a bad consumer name, a full recording). */
  logger: Pick<Logger, 'warn'>;
}

interface RecordedPact {
  consumer: string;
  provider: string;
  interactions: Map<string, PactInteraction>;
  /** How many interactions bear each label, so a new one gets the next number. */
  labels: Map<string, number>;
}

/**
 * Turns the traffic the stub serves into Pact files, one per consumer and
 * API: interactions deduplicated, bodies as matchers guided by the spec,
 * and per-request headers (dates, signatures, request ids) left out.
 */
export class Recorder {
  readonly #options: RecorderOptions;
  readonly #pacts = new Map<string, RecordedPact>();
  #count = 0;
  #chars = 0;
  #full = false;

  constructor(options: RecorderOptions) {
    if (!CONSUMER_NAME.test(options.consumer))
      throw new Error(`consumer name "${options.consumer}" must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit`);
    this.#options = options;
  }

  /** @internal Middleware for an API's app: records each answered request once it is finished. */
  middleware(api: AnyApiDefinition) {
    return (req: Request, res: Response, next: NextFunction) => {
      res.on('finish', () => {
        // A request the recorder cannot file is left out; it must never take the stub down.
        try {
          this.#record(api, req, res);
        } catch (error) {
          this.#skip(req, `could not be recorded: ${(error as Error).message}`);
        }
      });
      next();
    };
  }

  #record(api: AnyApiDefinition, req: Request, res: Response): void {
    // A forced answer or a fault is facsimile's, not the provider's: no contract may expect it.
    const traffic = res.locals.traffic as Traffic | undefined;
    if (!traffic || forcesAnswer(traffic.preference) || traffic.fault) return;
    const consumer = headerOf(req, CONSUMER_HEADER) ?? this.#options.consumer;
    if (!CONSUMER_NAME.test(consumer))
      return this.#skip(req, `not recorded: ${CONSUMER_HEADER} must be 1 to 100 letters, digits, '.', '_' or '-'`);
    const stateName = headerOf(req, STATE_HEADER) ?? this.#options.activeState()?.name;
    const operationId = (req as Request & { openapi?: { schema?: { operationId?: string } } }).openapi?.schema
      ?.operationId;
    const request = requestWithoutSecrets(api, requestOf(api, req, res));
    const key = JSON.stringify([stateName, request, res.statusCode]);
    const pactKey = `${consumer}\u0000${api.name}`;
    const pact = this.#pacts.get(pactKey) ?? { consumer, provider: api.name, interactions: new Map(), labels: new Map() };
    if (pact.interactions.has(key)) return;
    const response = responseOf(api.name, operationId, res.statusCode, res.get('content-type'), traffic.sent);
    if (!this.#makeRoom(key.length + (traffic.sent?.length ?? 0))) return;
    this.#pacts.set(pactKey, pact);
    const label = `${operationId ?? `${request.method} ${request.path}`} answers ${res.statusCode}`;
    const same = pact.labels.get(label) ?? 0;
    pact.labels.set(label, same + 1);
    pact.interactions.set(key, {
      description: same === 0 ? label : `${label} (${same + 1})`,
      ...(stateName ? { state: { name: stateName } } : {}),
      request,
      response,
    });
  }

  /** Counts a new interaction in, or says once that the recording is full. */
  #makeRoom(chars: number): boolean {
    const limit = this.#options.maxInteractions ?? MAX_RECORDED_INTERACTIONS;
    if (this.#count < limit && this.#chars + chars <= MAX_RECORDED_CHARS) {
      this.#count += 1;
      this.#chars += chars;
      return true;
    }
    if (!this.#full)
      this.#options.logger.warn(
        `recording is full (${this.#count} interactions): later new interactions are not recorded`,
      );
    this.#full = true;
    return false;
  }

  #skip(req: Request, reason: string): void {
    this.#options.logger.warn(`${req.method} ${redactUrl(req.originalUrl)} ${reason}`);
  }

  /** Writes every recorded pact; returns the files written. */
  async flush(): Promise<string[]> {
    await mkdir(this.#options.dir, { recursive: true });
    const files: string[] = [];
    for (const pact of this.#pacts.values()) {
      files.push(await writePactFile(pact.consumer, pact.provider, this.#options.dir, [...pact.interactions.values()]));
    }
    return files;
  }
}

function headerOf(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function requestOf(api: AnyApiDefinition, req: Request, res: Response): PactInteraction['request'] {
  const at = req.url.indexOf('?');
  const path = at < 0 ? req.url : req.url.slice(0, at);
  const query: Record<string, string[]> = {};
  for (const [key, value] of new URLSearchParams(at < 0 ? '' : req.url.slice(at + 1)))
    (query[key] ??= []).push(value);
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = name === 'prefer' ? providerPreferences(headerOf(req, name)) : headerOf(req, name);
    if (value !== undefined) headers[name] = value;
  }
  if (headers.authorization?.startsWith('Signature ')) {
    // A signature covers the Date of one call; replay with the signer's stable credential instead.
    const replay = api.replayAuthorization?.(res.locals.principal);
    if (replay) headers.authorization = replay;
    else delete headers.authorization;
  }
  const hasBody = req.body !== undefined && Object.keys(req.body as object).length > 0;
  return {
    method: req.method,
    path,
    ...(Object.keys(query).length > 0 ? { query } : {}),
    headers,
    ...(hasBody ? { body: req.body } : {}),
  };
}

function responseOf(
  apiName: string,
  operationId: string | undefined,
  status: number,
  contentType: string | undefined,
  sent: string | undefined,
): PactInteraction['response'] {
  if (!sent || !contentType) return { status };
  let value: unknown;
  try {
    value = JSON.parse(sent);
  } catch {
    return { status, body: sent };
  }
  const body = bodyMatchers(loadSpec(apiName), schemaOf(apiName, operationId, status), value, status);
  return { status, headers: contentTypeMatcher(contentType), body: withoutSecrets(body) };
}

/** The spec's schema for this operation's response, so matchers follow it; none for unknown routes. */
function schemaOf(apiName: string, operationId: string | undefined, status: number): unknown {
  const spec = loadSpec(apiName);
  const operation = operationId === undefined ? undefined : operationById(spec, operationId)?.operation;
  const responses = (operation?.responses ?? {}) as Record<string, unknown>;
  const response = resolveRef<{ content?: Record<string, { schema?: unknown }> }>(
    spec,
    (responses[String(status)] ?? responses.default ?? {}) as { content?: Record<string, { schema?: unknown }> },
  );
  return Object.values(response.content ?? {})[0]?.schema ?? {};
}
