import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AnyApiDefinition } from '../api/definition.ts';
import { loadSpec } from '../specs/spec.ts';
import { specValidation } from '../specs/validation.ts';
import { sendPactRequest, type PactRequest } from './pact-file.ts';

export interface PactFileInteraction {
  description: string;
  request: PactRequest;
  response: { status: number; headers?: Record<string, string | string[]>; body?: unknown };
}

export interface CheckProblem {
  interaction: string;
  problem: string;
}

interface ValidatorError {
  status?: number;
  message?: string;
  errors?: { path?: string; message?: string; errorCode?: string }[];
}

/**
 * Checks a consumer's pact against an API's spec with the same
 * express-openapi-validator machinery the stub uses. Each interaction's
 * request goes to two spec-validating apps: one checks the request (a request
 * the spec rejects is fine only when the pact expects an error), the other
 * answers with the pact's response and checks it against the spec (status,
 * headers, body). Every problem names its interaction.
 */
export async function checkPact(api: AnyApiDefinition, interactions: PactFileInteraction[]): Promise<CheckProblem[]> {
  const problems: CheckProblem[] = [];
  let current: PactFileInteraction | undefined;
  const report = (problem: string) => problems.push({ interaction: current?.description ?? '?', problem });
  const spec = loadSpec(api.name);
  const body = express.json({ type: api.jsonTypes ?? ['application/json'], limit: '1mb' });

  const requests = express().use(body, specValidation(spec), (_req: Request, res: Response) => {
    res.status(204).end();
  });
  requests.use((error: ValidatorError, req: Request, res: Response, _next: NextFunction) => {
    const expectsError = (current?.response.status ?? 200) >= 400;
    if (error.status === 404 || error.status === 405) report(`request: ${req.method} ${req.path} is not in the spec`);
    else if (!expectsError) report(`request: ${describe(error)}`);
    res.status(204).end();
  });

  const responses = express().use(
    body,
    specValidation(spec, {
      validateRequests: false,
      onResponseError: (error, req) => {
        // A consumer pins only the fields it reads: a field it leaves out is no problem.
        const found = ((error as ValidatorError).errors ?? []).filter((e) => !e.errorCode?.startsWith('required.'));
        if (found.length > 0 || !(error as ValidatorError).errors) {
          report(`response: ${describe({ ...(error as ValidatorError), errors: found })}`);
        }
        req.res?.status(204).end();
      },
    }),
    (req: Request, res: Response) => {
      const missing = undocumentedStatus(req, current?.response.status);
      if (missing) report(missing);
      answerWith(res, current);
    },
  );
  responses.use((_error: ValidatorError, _req: Request, res: Response, _next: NextFunction) => {
    res.status(204).end(); // unknown paths and methods are reported by the request check
  });

  const [requestServer, responseServer] = await Promise.all([listen(requests), listen(responses)]);
  try {
    for (const interaction of interactions) {
      current = interaction;
      await sendPactRequest(urlOf(requestServer), interaction.request);
      await sendPactRequest(urlOf(responseServer), interaction.request);
    }
  } finally {
    requestServer.close();
    responseServer.close();
  }
  return problems;
}

/**
 * A `default` response lets the stub's errors validate, but a consumer that
 * expects a status the operation never lists (a 422 where CloudAPI documents
 * 409) is relying on something the provider does not promise.
 */
function undocumentedStatus(req: Request, status: number | undefined): string | undefined {
  const schema = (req as Request & { openapi?: { schema?: { operationId?: string; responses?: object } } }).openapi
    ?.schema;
  if (!schema?.responses || status === undefined) return undefined;
  const listed = Object.keys(schema.responses).filter((key) => key !== 'default');
  if (listed.includes(String(status)) || listed.includes(`${String(status)[0]}XX`)) return undefined;
  return `response: status ${status} is not documented for ${schema.operationId} (documented: ${listed.join(', ')})`;
}

function describe(error: ValidatorError): string {
  const details = error.errors?.map((e) => `${e.path ?? ''} ${e.message ?? ''}`.trim()).join('; ');
  return details || error.message || 'rejected';
}

function answerWith(res: Response, interaction: PactFileInteraction | undefined): void {
  const response = interaction?.response;
  if (!response) {
    res.status(204).end();
    return;
  }
  res.status(response.status);
  const contentType = headerValue(response.headers, 'content-type');
  if (contentType) res.type(contentType);
  if (response.body === undefined) res.end();
  else res.json(response.body);
}

function headerValue(headers: Record<string, string | string[]> | undefined, name: string): string | undefined {
  const entry = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return Array.isArray(entry?.[1]) ? entry[1][0] : entry?.[1];
}

function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function listen(app: express.Express): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
