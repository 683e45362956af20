import { request } from 'node:http';
import fc from 'fast-check';
import {
  pointerGet,
  pointerOf,
  type SpecDocument,
  type SpecOperation,
} from '../../../src/core/specs/spec.ts';
import {
  HOSTILE_STRINGS,
  fromSchema,
  mutate,
  mutation,
  serialise,
  type KnownValues,
} from './schema-arbitrary.ts';

export type { KnownValues };

const ANSWER_TIMEOUT_MS = 10_000;
const DEMO_TOKEN = 'facsimile-demo';

/** One request as it goes on the wire; printed short when fast-check reports it. */
export class FuzzRequest {
  constructor(
    readonly method: string,
    /** Path inside the API, exactly as sent (already encoded, or deliberately not). */
    readonly path: string,
    readonly headers: Record<string, string>,
    readonly body: string | Buffer | undefined,
  ) {}

  [fc.toStringMethod](): string {
    return describeRequest(this);
  }
}

export function describeRequest(req: FuzzRequest): string {
  const headers = Object.entries(req.headers)
    .map(([name, value]) => `${name}: ${clip(value)}`)
    .join('; ');
  const body =
    req.body === undefined
      ? 'no body'
      : `body (${req.body.length} ${typeof req.body === 'string' ? 'chars' : 'bytes'}) ${clip(req.body.toString())}`;
  return `${req.method} ${clip(req.path, 300)} [${headers}] ${body}`;
}

export function clip(text: string, max = 160): string {
  const shown = JSON.stringify(text);
  return shown.length <= max ? shown : `${shown.slice(0, max)}…(${text.length} chars)`;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Sends a request byte for byte (fetch would normalise `..` and re-encode the path). */
export function send(base: string, req: FuzzRequest): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: `${url.pathname}${req.path}`,
        headers: {
          ...req.headers,
          ...(req.body === undefined ? {} : { 'content-length': Buffer.byteLength(req.body) }),
        },
        agent: false,
        timeout: ANSWER_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => {
      outgoing.destroy(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms`));
    });
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}

export interface OperationFuzz {
  spec: SpecDocument;
  operation: SpecOperation;
  /** Usual values of parameters and body properties, by name: seeded resources, taken names. */
  known: KnownValues;
  /** The `Authorization` the operation accepts with the demo credentials. */
  authorization: string;
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON;CHARSET=UTF-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; charset=bogus',
  'application/vnd.api+json',
  'application/vnd.api+json; ext=bulk',
  'application/merge-patch+json',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/xml',
  'application/*',
  '*/*',
  '',
  'json',
  ';;;',
  'application/json, text/plain',
];

const ACCEPTS = [
  'application/json',
  '*/*',
  'text/html',
  'application/xml',
  'application/vnd.api+json',
  'application/json; api_version=80',
  'application/json; api_version=51',
  'application/json; api_version=abc',
  'application/json; api_version=',
  ',,,;;;',
  'application/json;q=0, */*;q=0',
];

const AUTHORIZATIONS = [
  'Bearer',
  'Bearer ',
  `Bearer ${DEMO_TOKEN} extra`,
  `bearer ${DEMO_TOKEN}`,
  `Bearer\t${DEMO_TOKEN}`,
  'Bearer not-a-token',
  'Bearer a.b.c',
  'Bearer eyJhbGciOiJub25lIn0.eyJ1dWlkIjoieCJ9.',
  'Basic ',
  'Basic !!!',
  `Basic ${Buffer.from(':').toString('base64')}`,
  `Basic ${Buffer.from(`:${DEMO_TOKEN}`).toString('base64')}`,
  'Signature keyId="/demo/keys/aa:bb",algorithm="rsa-sha256",headers="date",signature="eA=="',
  'Signature keyId="../../etc",algorithm="hmac-sha1",signature=""',
  'Signature',
  `Digest ${'x'.repeat(8_000)}`,
];

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Text a header value may legally carry: visible ASCII, space and Latin-1. */
const headerText = fc.string({
  unit: fc
    .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff }))
    .map((code) => String.fromCharCode(code)),
  maxLength: 60,
});

const MALFORMED_JSON = [
  '{',
  '{"',
  '{"a":}',
  '{"a":1,}',
  "{'a':1}",
  '[1,2',
  'undefined',
  'NaN',
  '{"a":NaN}',
  '{"a":Infinity}',
  '\ufeff{}',
  '{}garbage',
  '{} {}',
  '\u0000',
  '"unterminated',
  '{"a":"\\x41"}',
  '{"a":"\\ud800"}',
  '',
  ' ',
  'null',
  'true',
  '42',
  '"a string"',
  '[]',
];

interface Parameter {
  name: string;
  in: string;
  schema?: unknown;
}

function parametersOf(fuzz: OperationFuzz): Parameter[] {
  const { spec, operation } = fuzz;
  const item = spec.paths[operation.path] as { parameters?: unknown[] };
  const raw = [
    ...(item.parameters ?? []),
    ...((operation.operation.parameters as unknown[]) ?? []),
  ];
  return raw.map((parameter) => deref(spec, parameter) as Parameter);
}

function deref(spec: SpecDocument, value: unknown): unknown {
  let current = value;
  for (let hops = 0; hops < 20; hops += 1) {
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== 'string') return current;
    current = pointerGet(spec, ref.slice(1));
  }
  return current;
}

/** encodeURIComponent that also takes lone surrogates (sent as U+FFFD, as UTF-8 must). */
function percentEncoded(value: string, keep = /[A-Za-z0-9\-_.!~*'()]/): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return byte < 0x80 && keep.test(char)
        ? char
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** Leaves `/`, `..`, `%`, `?` and friends as they are; escapes only what Node refuses to send. */
function wireSafe(value: string): string {
  return percentEncoded(value, /[\u0021-\u007e]/);
}

/** Text encoded properly, or only as far as HTTP forces (raw `../`, `%00`, `?`). */
function encoded(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(text, fc.boolean())
    .map(([value, raw]) => (raw ? wireSafe(value) : percentEncoded(value)));
}

function asText(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A parameter's usual value: a seeded resource it names, or one from its schema. */
function usualText(fuzz: OperationFuzz, parameter: Parameter): fc.Arbitrary<string> {
  const known = fuzz.known[parameter.name] ?? [];
  const fromSpec = fromSchema(fuzz.spec, parameter.schema ?? {}, fuzz.known).map(asText);
  return known.length > 0
    ? fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...known) },
        { weight: 1, arbitrary: fromSpec },
      )
    : fromSpec;
}

/** A parameter's value from around its schema: hostile strings, any code point, too long. */
function hostileText(fuzz: OperationFuzz, parameter: Parameter): fc.Arbitrary<string> {
  const known = fuzz.known[parameter.name]?.[0] ?? 'x';
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fromSchema(fuzz.spec, parameter.schema ?? {}, fuzz.known).map(asText) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('x'.repeat(5_000), `${known}/../${known}`, `${known}%00`, ''),
    },
  );
}

const HOSTILE_QUERY: [string, string][] = [
  ['__proto__[polluted]', '1'],
  ['__proto__', 'x'],
  ['constructor[prototype][polluted]', '1'],
  ['filter[__proto__]', 'x'],
  ['a[b][c][d][e][f][g]', '1'],
  ['unknown', 'x'],
  ['', ''],
  ['=', '='],
];

const EXTRA_HEADERS: [string, string][] = [
  ['x-http-method-override', 'DELETE'],
  ['cookie', '__proto__=x; constructor=y'],
  ['origin', 'http://evil.example.com'],
  ['prefer', 'profile=preview'],
  ['prefer', 'profile="__proto__"'],
  ['if-none-match', '*'],
  ['range', 'bytes=0-1'],
  ['x-pact-consumer', '../../etc'],
];

/** A request under construction: a valid one, then bent by perturbations. */
interface Draft {
  method: string;
  /** Path parameter values, encoded for the wire. */
  segments: string[];
  /** `name=value` pairs, encoded for the wire. */
  query: string[];
  headers: Record<string, string | undefined>;
  body: string | Buffer | undefined;
}

type Perturbation = (draft: Draft) => void;

interface Shape {
  pathNames: string[];
  pathParams: Parameter[];
  queryParams: Parameter[];
  headerParams: Parameter[];
  contentType: string | undefined;
  /** Valid bodies (serialised) and their values, when the operation takes one. */
  validValue: fc.Arbitrary<unknown> | undefined;
}

function shapeOf(fuzz: OperationFuzz): Shape {
  const parameters = parametersOf(fuzz);
  const pathNames = [...fuzz.operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const requestBody = deref(fuzz.spec, fuzz.operation.operation.requestBody) as
    | { content?: Record<string, { schema?: unknown; examples?: Record<string, unknown> }> }
    | undefined;
  const contentType = Object.keys(requestBody?.content ?? {})[0];
  const media = contentType ? requestBody?.content?.[contentType] : undefined;
  const examples = Object.values(media?.examples ?? {}).map(
    (example) => (deref(fuzz.spec, example) as { value?: unknown }).value,
  );
  return {
    pathNames,
    pathParams: pathNames.map(
      (name) => parameters.find((p) => p.in === 'path' && p.name === name) ?? { name, in: 'path' },
    ),
    queryParams: parameters.filter((p) => p.in === 'query'),
    headerParams: parameters.filter(
      (p) => p.in === 'header' && p.name.toLowerCase() !== 'content-type',
    ),
    contentType,
    validValue: media
      ? fc.oneof(
          { weight: 3, arbitrary: fromSchema(fuzz.spec, media.schema ?? {}, fuzz.known) },
          ...(examples.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...examples) }] : []),
        )
      : undefined,
  };
}

/** A request the spec accepts (as far as generation can tell): the seeded resources, demo credentials. */
function baseline(fuzz: OperationFuzz, shape: Shape): fc.Arbitrary<Draft> {
  return fc
    .record({
      segments: fc.tuple(
        ...shape.pathParams.map((p) => usualText(fuzz, p).map((v) => percentEncoded(v))),
      ),
      query: fc.tuple(
        ...shape.queryParams.map((p) =>
          fc.option(
            usualText(fuzz, p).map((v) => `${percentEncoded(p.name)}=${percentEncoded(v)}`),
            { freq: 3 },
          ),
        ),
      ),
      declared: fc.tuple(
        ...shape.headerParams.map((p) =>
          fc.option(
            fromSchema(fuzz.spec, p.schema ?? {})
              .map(asText)
              .filter((v) => /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(v))
              .map((v): [string, string] => [p.name.toLowerCase(), v]),
            { freq: 3 },
          ),
        ),
      ),
      body: shape.validValue ? shape.validValue.map(serialise) : fc.constant(undefined),
    })
    .map(({ segments, query, declared, body }) => ({
      method: fuzz.operation.method.toUpperCase(),
      segments,
      query: query.filter((pair): pair is string => pair !== null),
      headers: {
        authorization: fuzz.authorization,
        ...(body === undefined ? {} : { 'content-type': shape.contentType }),
        ...Object.fromEntries(declared.filter((entry) => entry !== null)),
      },
      body,
    }));
}

/** One way to bend a valid request; each run applies none, one or a few. */
function perturbation(fuzz: OperationFuzz, shape: Shape): fc.Arbitrary<Perturbation> {
  const { pathParams, queryParams, headerParams } = shape;
  const choices: fc.WeightedArbitrary<Perturbation>[] = [
    {
      weight: 1,
      arbitrary: fc.constantFrom(...METHODS).map((method) => (draft: Draft) => {
        draft.method = method;
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.constant(undefined), fc.constantFrom(...AUTHORIZATIONS), headerText)
        .map((value) => (draft: Draft) => {
          draft.headers.authorization = value;
        }),
    },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.constant(undefined), fc.constantFrom(...CONTENT_TYPES), headerText)
        .map((value) => (draft: Draft) => {
          draft.headers['content-type'] = value;
        }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('accept', 'content-encoding', 'x-forwarded-host', 'x-forwarded-proto'),
          fc.oneof(
            fc.constantFrom(...ACCEPTS),
            fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-bogus'),
            fc.constantFrom(
              'evil.example.com',
              'a b',
              '[::1]',
              'host:99999',
              'ünï.example',
              'x/../y',
            ),
            headerText,
          ),
        )
        .map(([name, value]) => (draft: Draft) => {
          draft.headers[name] = value;
        }),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...EXTRA_HEADERS).map(([name, value]) => (draft: Draft) => {
        draft.headers[name] = value;
      }),
    },
    {
      weight: 3,
      arbitrary: bodyPerturbation(fuzz, shape).map((body) => (draft: Draft) => {
        draft.body = body;
        if (body !== undefined)
          draft.headers['content-type'] ??= shape.contentType ?? 'application/json';
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          encoded(fc.constantFrom(...HOSTILE_QUERY.map(([name]) => name))),
          encoded(fc.constantFrom(...HOSTILE_QUERY.map(([, value]) => value))),
        )
        .map(([name, value]) => (draft: Draft) => {
          draft.query.push(`${name}=${value}`);
        }),
    },
  ];
  if (pathParams.length > 0)
    choices.push({
      weight: 3,
      arbitrary: fc
        .nat()
        .chain((at) => {
          const index = at % pathParams.length;
          return encoded(hostileText(fuzz, pathParams[index]!)).map(
            (value) => [index, value] as const,
          );
        })
        .map(([index, value]) => (draft: Draft) => {
          draft.segments[index] = value;
        }),
    });
  if (queryParams.length > 0)
    choices.push({
      weight: 3,
      arbitrary: fc
        .tuple(fc.nat(), fc.boolean())
        .chain(([at, twice]) => {
          const parameter = queryParams[at % queryParams.length]!;
          return fc
            .tuple(encoded(hostileText(fuzz, parameter)), encoded(usualText(fuzz, parameter)))
            .map(([hostile, usual]) => {
              const name = percentEncoded(parameter.name);
              // Sent twice, a parameter arrives as an array where a string is expected.
              return twice ? [`${name}=${usual}`, `${name}=${hostile}`] : [`${name}=${hostile}`];
            });
        })
        .map((pairs) => (draft: Draft) => {
          draft.query.push(...pairs);
        }),
    });
  if (headerParams.length > 0)
    choices.push({
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...headerParams.map((p) => p.name.toLowerCase())),
          fc.oneof(headerText, fc.constant('x'.repeat(300))),
        )
        .map(([name, value]) => (draft: Draft) => {
          draft.headers[name] = value;
        }),
    });
  return fc.oneof(...choices);
}

function bodyPerturbation(
  fuzz: OperationFuzz,
  shape: Shape,
): fc.Arbitrary<string | Buffer | undefined> {
  const malformed = fc.oneof(
    fc.constantFrom(...MALFORMED_JSON),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constant(Buffer.from([0xff, 0xfe, 0x7b, 0x7d])),
    fc.constant(Buffer.from('{"a":"\xff\xfe"}', 'latin1')),
  );
  const anyJson = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value));
  const huge = fc.constant(JSON.stringify({ huge: 'x'.repeat(1_100_000) }));
  const valid = shape.validValue;
  if (!valid) return fc.oneof(anyJson, malformed, huge);
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 }))
        .map(([value, mutations]) => serialise(mutate(value, mutations))),
    },
    { weight: 2, arbitrary: malformed },
    { weight: 1, arbitrary: anyJson },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, fc.nat()).map(([value, cut]) => {
        const text = serialise(value);
        return text.slice(0, cut % Math.max(text.length, 1));
      }),
    },
    { weight: 1, arbitrary: huge },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/**
 * Requests for one operation, generated from and around its spec: a valid
 * request (seeded resources, demo credentials, a body from the schema or the
 * spec's examples), bent by none, one or a few perturbations: another method,
 * a hostile path or query parameter (raw `../`, `%00`, `__proto__`, any code
 * point, repeated), other credentials, content types, encodings and headers,
 * a body mutated, malformed, truncated, oversized or missing.
 */
export function requestsFor(fuzz: OperationFuzz): fc.Arbitrary<FuzzRequest> {
  const shape = shapeOf(fuzz);
  const perturbations = fc.oneof(
    { weight: 1, arbitrary: fc.constant<Perturbation[]>([]) },
    { weight: 3, arbitrary: fc.array(perturbation(fuzz, shape), { minLength: 1, maxLength: 3 }) },
  );
  return fc.tuple(baseline(fuzz, shape), perturbations).map(([draft, bends]) => {
    const bent: Draft = {
      ...draft,
      segments: [...draft.segments],
      query: [...draft.query],
      headers: { ...draft.headers },
    };
    for (const bend of bends) bend(bent);
    let path = fuzz.operation.path;
    shape.pathNames.forEach((name, i) => (path = path.replace(`{${name}}`, bent.segments[i]!)));
    const query = bent.query.length > 0 ? `?${bent.query.join('&')}` : '';
    const headers = Object.fromEntries(
      Object.entries(bent.headers).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    );
    if (bent.body === undefined) delete headers['content-type'];
    return new FuzzRequest(bent.method, `${path}${query}`, headers, bent.body);
  });
}

/**
 * The operation a request reaches: the one whose method and path template
 * match, literal paths first (`/v1/users/account` before `/v1/users/{user_id}`),
 * as express-openapi-validator routes.
 */
export function routedOperation(
  operations: readonly SpecOperation[],
  method: string,
  path: string,
): SpecOperation | undefined {
  const [pathname = ''] = path.split('?', 1);
  const paramsIn = (template: string) => template.split('{').length - 1;
  return [...operations]
    .sort((a, b) => paramsIn(a.path) - paramsIn(b.path))
    .find(
      (operation) =>
        operation.method === method.toLowerCase() && templateRegExp(operation.path).test(pathname),
    );
}

/** `/{account}/users/{user}` → /^\/[^/]+\/users\/[^/]+$/ */
function templateRegExp(template: string): RegExp {
  const literal = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${template
      .split(/\{[^}]+\}/)
      .map(literal)
      .join('[^/]+')}$`,
  );
}

/**
 * The JSON pointer of the schema the spec gives an error answer: the response
 * of the operation the request reached for that status (or its `4XX` range),
 * else its `default` response; a request that reaches no operation gets the
 * API's `default` (the same for every operation of a spec). A string says why
 * there is none: the answer then breaks the spec.
 */
export function errorSchemaPointer(
  spec: SpecDocument,
  operation: SpecOperation,
  routed: boolean,
  status: number,
  contentType: string | undefined,
): { pointer: string; media: string } | string {
  const base = pointerOf('paths', operation.path, operation.method, 'responses');
  const responses = pointerGet(spec, base) as Record<string, unknown>;
  const keys = routed ? [String(status), `${String(status)[0]}XX`, 'default'] : ['default'];
  const key = keys.find((k) => k in responses);
  if (!key) return `the spec documents no ${status} (and no default) for ${operation.operationId}`;
  let pointer = `${base}${pointerOf(key)}`;
  let response = pointerGet(spec, pointer) as { $ref?: string; content?: Record<string, unknown> };
  while (typeof response.$ref === 'string') {
    pointer = response.$ref.slice(1);
    response = pointerGet(spec, pointer) as typeof response;
  }
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const where = `the spec's ${key} response of ${operation.operationId}`;
  if (!response.content) return `${where} has no body`;
  if (!(media in response.content))
    return `${where} has no ${media || 'untyped'} body (only ${Object.keys(response.content).join(', ')})`;
  return { pointer: `${pointer}${pointerOf('content', media, 'schema')}`, media };
}
