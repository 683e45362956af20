import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const MATCHER_TYPE = 'pact:matcher:type';
/** What the Pact files name as their writer, beside the specification version. */
const METADATA = { pactSpecification: { version: '3.0.0' }, facsimile: { writer: 'pact-file' } };

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
  /** Status, headers and body; headers and body may hold Pact matchers (`MatchersV3`). */
  response: { status: number; headers?: Record<string, unknown>; body?: unknown };
}

type Rules = Record<string, { combine: 'AND'; matchers: Record<string, unknown>[] }>;

export function pactFileName(consumer: string, provider: string): string {
  return `${consumer}-${provider}.json`;
}

/**
 * Writes a Pact (V3) file: each matcher in a response becomes its example
 * value plus a matching rule at its JSON path, as Pact's engine files them.
 * Written directly rather than by replaying every request through Pact's
 * mock server, whose cost grows with the square of the interactions (200
 * took 35 s, 400 seven minutes); the file replaces any earlier one of the
 * same consumer and provider, by a rename so a reader never sees half a file.
 */
export async function writePactFile(
  consumer: string,
  provider: string,
  dir: string,
  interactions: readonly PactInteraction[],
): Promise<string> {
  const file = join(dir, pactFileName(consumer, provider));
  const pact = {
    consumer: { name: consumer },
    provider: { name: provider },
    interactions: interactions.map(toFiled),
    metadata: METADATA,
  };
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, `${JSON.stringify(pact, null, 2)}\n`);
  await rename(partial, file);
  return file;
}

function toFiled(interaction: PactInteraction) {
  const { request, response } = interaction;
  const bodyRules: Rules = {};
  const headerRules: Rules = {};
  const body = response.body === undefined ? undefined : examplesOf(response.body, '$', bodyRules);
  const headers: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(response.headers ?? {}))
    headers[name] = examplesOf(value, name, headerRules);
  const matchingRules = {
    ...(Object.keys(bodyRules).length > 0 ? { body: bodyRules } : {}),
    ...(Object.keys(headerRules).length > 0 ? { header: headerRules } : {}),
  };
  return {
    description: interaction.description,
    ...(interaction.state ? { providerStates: [stateOf(interaction.state)] } : {}),
    request: { ...request, ...(request.query ? { query: queryOf(request.query) } : {}) },
    response: {
      status: response.status,
      ...(response.headers ? { headers } : {}),
      ...(body !== undefined ? { body } : {}),
      ...(Object.keys(matchingRules).length > 0 ? { matchingRules } : {}),
    },
  };
}

function stateOf({ name, params }: NonNullable<PactInteraction['state']>) {
  return params && Object.keys(params).length > 0 ? { name, params } : { name };
}

function queryOf(query: Record<string, string | string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value : [value]]),
  );
}

/** The example value of a matcher tree; each matcher's rule is filed at its path. */
function examplesOf(node: unknown, path: string, rules: Rules): unknown {
  if (Array.isArray(node)) return node.map((item, at) => examplesOf(item, `${path}[${at}]`, rules));
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  const match = record[MATCHER_TYPE];
  if (typeof match !== 'string') {
    return Object.fromEntries(
      Object.entries(record).map(([key, child]) => [key, examplesOf(child, childPath(path, key), rules)]),
    );
  }
  const { value } = record;
  // The rule is the matcher's own options (`regex`, `min`...), without Pact's `pact:` keys.
  const options = Object.fromEntries(
    Object.entries(record).filter(([key]) => key !== 'value' && !key.startsWith('pact:')),
  );
  rules[path] = { combine: 'AND', matchers: [{ match, ...options }] };
  // A typed list (`eachLike`) holds copies of one template: its rules apply to every item.
  if (match === 'type' && Array.isArray(value))
    return value.map((item) => examplesOf(item, `${path}[*]`, rules));
  return examplesOf(value, path, rules);
}

/** `$.name` for a plain name, `$['odd-name']` otherwise, as Pact writes paths. */
function childPath(path: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return `${path}.${key}`;
  return `${path}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
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
