import { mkdir } from 'node:fs/promises';
import type { AnyApiDefinition, ContractCase } from '../api/definition.ts';
import { loadSpec, operationById, resolveRef, type SpecDocument } from '../specs/spec.ts';
import { bodyMatchers, contentTypeMatcher } from './matchers.ts';
import { DEFAULT_CONSUMER, DEMO_AUTHORIZATION } from './names.ts';
import { writePactFile, type PactInteraction } from './pact-file.ts';

type Node = Record<string, unknown>;

export interface GeneratedContract {
  api: string;
  file: string;
  interactions: number;
}

/** Writes one Pact file per API into `dir`, from each API's contract cases and its spec. */
export async function generateContracts(
  apis: readonly AnyApiDefinition[],
  dir: string,
  consumer = DEFAULT_CONSUMER,
): Promise<GeneratedContract[]> {
  await mkdir(dir, { recursive: true });
  const written: GeneratedContract[] = [];
  for (const api of apis) {
    if (!api.contracts?.length) continue;
    const spec = loadSpec(api.name);
    const interactions = api.contracts.map((contractCase) => toInteraction(api, spec, contractCase));
    const file = await writePactFile(consumer, api.name, dir, interactions);
    written.push({ api: api.name, file, interactions: interactions.length });
  }
  return written;
}

function toInteraction(api: AnyApiDefinition, spec: SpecDocument, contractCase: ContractCase): PactInteraction {
  const operation = operationById(spec, contractCase.operationId);
  if (!operation) throw new Error(`${api.name}: no operation ${contractCase.operationId} in the spec`);
  const responses = operation.operation.responses as Record<string, Node>;
  const response = responses[String(contractCase.status)];
  if (!response) throw new Error(`${api.name} ${contractCase.operationId}: the spec has no ${contractCase.status}`);
  const { request } = contractCase;
  const jsonType = api.jsonTypes?.[0] ?? 'application/json';
  const headers: Record<string, string> = { authorization: DEMO_AUTHORIZATION, ...request.headers };
  if (request.body !== undefined) headers['content-type'] ??= jsonType;
  const description = [
    `${contractCase.operationId} answers ${contractCase.status}`,
    contractCase.description ? `(${contractCase.description})` : '',
  ].join(' ');
  return {
    description: description.trim(),
    state: { name: contractCase.state },
    request: {
      method: operation.method.toUpperCase(),
      path: request.path,
      ...(request.query ? { query: request.query } : {}),
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
    },
    response: {
      status: contractCase.status,
      ...responseBody(spec, resolveRef<Node>(spec, response), contractCase),
    },
  };
}

/** The response's example, as matchers, with a content-type matcher; nothing for an empty body. */
function responseBody(spec: SpecDocument, response: Node, contractCase: ContractCase) {
  const content = (response.content ?? {}) as Record<string, Node>;
  const [type, media] = Object.entries(content)[0] ?? [];
  if (!type || !media || operationIsHead(contractCase) || contractCase.example === null) return {};
  const examples = (media.examples ?? {}) as Record<string, Node>;
  const name = contractCase.example ?? Object.keys(examples)[0];
  const example = name ? examples[name] : undefined;
  if (!example) throw new Error(`${contractCase.operationId} ${contractCase.status}: no example "${name}"`);
  const value = resolveRef<Node>(spec, example).value;
  return {
    headers: contentTypeMatcher(type),
    body: bodyMatchers(spec, media.schema, value, contractCase.status),
  };
}

function operationIsHead(contractCase: ContractCase): boolean {
  return contractCase.operationId.startsWith('Head');
}

