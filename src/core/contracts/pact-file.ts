import './no-tracking.ts';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactV3 } from '@pact-foundation/pact';

/** How long Pact's mock server gets to file the last request it answered. */
const SETTLE_MS = 100;

export interface PactRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface PactInteraction {
  description: string;
  state?: { name: string; params?: Record<string, string> };
  request: PactRequest;
  /** Status, headers and body; headers and body may hold Pact matchers. */
  response: { status: number; headers?: Record<string, unknown>; body?: unknown };
}

export function pactFileName(consumer: string, provider: string): string {
  return `${consumer}-${provider}.json`;
}

/**
 * Writes a Pact (V3) file with Pact's own engine: the interactions are
 * registered on a PactV3 mock server and each request is replayed against
 * it, so the file is exactly what a consumer test would have produced. The
 * file replaces any earlier one of the same consumer and provider.
 */
export async function writePactFile(
  consumer: string,
  provider: string,
  dir: string,
  interactions: PactInteraction[],
): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'facsimile-pact-'));
  try {
    const pact = new PactV3({ consumer, provider, dir: scratch, logLevel: 'error' });
    for (const interaction of interactions) {
      const builder = interaction.state
        ? pact.given(interaction.state.name, interaction.state.params)
        : pact;
      builder
        .uponReceiving(interaction.description)
        .withRequest(interaction.request as never)
        .willRespondWith(interaction.response as never);
    }
    await pact.executeTest(async (server) => {
      for (const { request } of interactions) await sendPactRequest(server.url, request);
      // Pact's mock server files a match after it has answered; an answer without a body
      // (a 204) can reach us first, so let the last match land before the file is written.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    });
    const file = pactFileName(consumer, provider);
    await copyFile(join(scratch, file), join(dir, file));
    return join(dir, file);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Sends a pact request to `base` as a client would, and drains the answer. */
export async function sendPactRequest(base: string, request: PactRequest): Promise<void> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, item);
  }
  const search = query.size > 0 ? `?${query}` : '';
  const body =
    request.body === undefined || typeof request.body === 'string'
      ? request.body
      : JSON.stringify(request.body);
  const headers = { ...request.headers };
  if (body !== undefined && !Object.keys(headers).some((key) => key.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  // A fresh connection per request: Pact's mock server may close an idle kept-alive one
  // just as the client reuses it, and the request is then lost.
  const init = { method: request.method, headers: { ...headers, connection: 'close' }, body };
  const response = await fetch(`${base}${request.path}${search}`, init);
  await response.arrayBuffer();
}
