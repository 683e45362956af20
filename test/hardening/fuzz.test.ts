import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import type { ComputeStacksData } from '../../src/apis/computestacks/state.ts';
import type { ScalingoData } from '../../src/apis/scalingo/state.ts';
import type { ScalingoDbData } from '../../src/apis/scalingo-db/state.ts';
import type { ScalrData } from '../../src/apis/scalr/state.ts';
import type { TritonData } from '../../src/apis/triton/state.ts';
import { SchemaValidator, describeErrors } from '../../src/core/specs/schemas.ts';
import { startStub, type RunningStub } from '../../src/core/serving/server.ts';
import { API_NAMES, type ApiName } from '../../src/core/specs/spec-files.ts';
import {
  loadSpec,
  operationsOf,
  type SpecDocument,
  type SpecOperation,
} from '../../src/core/specs/spec.ts';
import {
  clip,
  describeRequest,
  errorSchemaPointer,
  requestsFor,
  routedOperation,
  send,
  type Answer,
  type FuzzRequest,
  type KnownValues,
} from './support/fuzz-request.ts';

/**
 * Every operation of every spec, fuzzed. Replay a failure with the seed
 * fast-check prints: FUZZ_SEED=<seed> npx vitest run test/hardening/fuzz.test.ts
 * (FUZZ_RUNS raises the number of requests per operation).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 4010);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** Stops a long shrink; normal runs take a fraction of it. */
const TIME_LIMIT_MS = 12_000;

const DEMO_TOKEN = 'facsimile-demo';
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The seeded resources a path or query parameter usually names, per API. */
const PARAMETERS: Record<ApiName, KnownValues> = {
  scalingo: {
    user_id: ['us-d13d3065-e7fa-4b1a-827a-ce1c92415f9c'],
    from: ['2020-10-01'],
    to: ['2020-11-01'],
  },
  'scalingo-db': {
    db: ['my-db-123', '5c599fd6f18b3202f7ab4e66'],
    username: ['metabase', 'my-db-123'],
  },
  computestacks: {},
  triton: { account: ['demo', 'my', 'acme'], user: ['alice', 'bob'], membership: ['true'] },
  scalr: {
    user: ['user-suh84u6vuvidtbg', 'user-svrcmmpcrkmit1g'],
    account: ['acc-tmhltms60l40m9o', 'acc-svrcncgh453bi8g'],
    'filter[user]': ['user-suh84u6vuvidtbg'],
    'filter[account]': ['acc-tmhltms60l40m9o', 'acc-svrcncgh453bi8g'],
    access_query: ['acc-svrcncgh453bi8g'],
  },
};

/**
 * Body properties that must be unique, with the values the seeded store
 * already holds: so that generated bodies also collide, and the handlers'
 * own conflict checks are fuzzed, not only the schema validation.
 */
function takenValues(api: ApiName, data: unknown): KnownValues {
  switch (api) {
    case 'scalingo': {
      const { accounts } = data as ScalingoData;
      return {
        email: accounts.map((account) => account.user.email),
        username: accounts.map((account) => account.user.username),
      };
    }
    case 'scalingo-db':
      return { name: (data as ScalingoDbData).users.map((row) => row.user.name) };
    case 'computestacks':
      return { email: (data as ComputeStacksData).accounts.map((account) => account.user.email) };
    case 'triton': {
      const { users } = data as TritonData;
      return {
        login: users.map((row) => row.user.login),
        email: users.map((row) => row.user.email),
      };
    }
    case 'scalr':
      return { email: (data as ScalrData).users.map((row) => row.user.attributes.email) };
  }
}

/** The demo credentials in the scheme the operation asks for. */
function authorizationFor(spec: SpecDocument, operation: SpecOperation): string {
  const requirements = (operation.operation.security ?? spec.security ?? []) as object[];
  const schemes = requirements.flatMap((requirement) => Object.keys(requirement));
  const bearer = schemes.some((scheme) => scheme !== 'basicAuth') || schemes.length === 0;
  return bearer
    ? `Bearer ${DEMO_TOKEN}`
    : `Basic ${Buffer.from(`:${DEMO_TOKEN}`).toString('base64')}`;
}

let stub: RunningStub;
beforeAll(async () => {
  stub = await startStub({ apis: allApis, seed: SEED, users: 3, apiPorts: false });
});
afterAll(() => stub.close());

/** Where two snapshots of the stored data first differ, to say what a rejected request changed. */
function firstDifference(before: string, after: string): string {
  let at = 0;
  while (at < before.length && before[at] === after[at]) at += 1;
  const from = Math.max(0, at - 80);
  return `before …${before.slice(from, at + 120)}…\nafter  …${after.slice(from, at + 120)}…`;
}

function contentTypeOf(answer: Answer): string | undefined {
  const value = answer.headers['content-type'];
  return Array.isArray(value) ? value[0] : value;
}

/** The problems of an error answer's body against the spec, or []. */
function errorBodyProblems(
  spec: SpecDocument,
  validator: SchemaValidator,
  fuzzed: SpecOperation,
  req: FuzzRequest,
  answer: Answer,
): string[] {
  const reached = routedOperation(operationsOf(spec), req.method, req.path);
  const found = errorSchemaPointer(
    spec,
    reached ?? fuzzed,
    reached !== undefined,
    answer.status,
    contentTypeOf(answer),
  );
  if (typeof found === 'string') return [found];
  let body: unknown = answer.text;
  if (/json/.test(found.media)) {
    try {
      body = JSON.parse(answer.text);
    } catch {
      return [`the body is not the ${found.media} the spec promises`];
    }
  }
  const errors = validator.errors(found.pointer, body);
  return errors.length === 0 ? [] : [`outside ${found.pointer}: ${describeErrors(errors)}`];
}

describe.each(API_NAMES.map((api) => [api]))('fuzzing %s', (api) => {
  const spec = loadSpec(api);
  const validator = new SchemaValidator(spec);
  const data = () => JSON.stringify(stub.runtime.dataOf(api));

  it.each(operationsOf(spec).map((op) => [op.method.toUpperCase(), op.path, op.operationId, op]))(
    '%s %s (%s): no 5xx, error bodies in the spec, rejected requests change nothing',
    async (_method, _path, _operationId, operation) => {
      await stub.reset(api);
      // An accepted write (or a failed check) leaves the data changed: the next run starts afresh.
      let dirty = false;
      const check = async (req: FuzzRequest) => {
        if (dirty) await stub.reset(api);
        dirty = false;
        const before = data();
        let answer: Answer;
        try {
          answer = await send(stub.urlOf(api), req);
        } catch (error) {
          dirty = true;
          throw new Error(`no answer to ${describeRequest(req)}: ${(error as Error).message}`, {
            cause: error,
          });
        }
        const seen = `${describeRequest(req)}\n  → ${answer.status} ${contentTypeOf(answer) ?? ''} ${clip(answer.text, 600)}`;
        if (answer.status < 400) {
          dirty = !READS.has(req.method);
          return;
        }
        dirty = true;
        expect(answer.status, `a server error:\n${seen}`).toBeLessThan(500);
        if (answer.text !== '')
          expect(
            errorBodyProblems(spec, validator, operation, req, answer),
            `an error body outside the spec:\n${seen}`,
          ).toEqual([]);
        const after = data();
        if (after !== before)
          expect.fail(
            `a rejected request changed the stored data:\n${seen}\n${firstDifference(before, after)}`,
          );
        dirty = false;
      };
      const known = { ...PARAMETERS[api], ...takenValues(api, stub.runtime.dataOf(api)) };
      await fc.assert(
        fc.asyncProperty(
          requestsFor({
            spec,
            operation,
            known,
            authorization: authorizationFor(spec, operation),
          }),
          check,
        ),
        {
          seed: SEED,
          numRuns: RUNS,
          verbose: 1,
          plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS)],
        },
      );
      // Still up and answering after everything above.
      const index = await fetch(`${stub.url}/`);
      expect(index.status).toBe(200);
    },
    TIME_LIMIT_MS + 15_000,
  );
});
