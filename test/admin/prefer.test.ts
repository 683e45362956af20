import { beforeEach, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import type { ContractCase } from '../../src/core/api/definition.ts';
import { loadSpec, operationsOf } from '../../src/core/specs/spec.ts';
import type { ApiName } from '../../src/core/specs/spec-files.ts';
import { exampleOf } from '../support/examples.ts';
import { bearer, type Answer } from '../support/stub.ts';
import { useAdminStub } from './setup.ts';

const stub = useAdminStub();
beforeEach(() => stub().stub.reset());

/** One accepted request per operation: the contract case for its first success. */
const successCases = allApis.flatMap((api) => {
  const seen = new Set<string>();
  return (api.contracts ?? [])
    .filter((c) => c.status < 300 && !seen.has(c.operationId) && seen.add(c.operationId))
    .map((c) => ({ api: api.name, case: c }));
});

function documentedStatuses(api: ApiName, operationId: string): number[] {
  const operation = operationsOf(loadSpec(api)).find((op) => op.operationId === operationId);
  return Object.keys(operation?.operation.responses as object)
    .filter((status) => /^\d{3}$/.test(status))
    .map(Number);
}

async function send(api: ApiName, contractCase: ContractCase, prefer: string): Promise<Answer> {
  const { stub: running } = stub();
  await running.setState(contractCase.state);
  const { request } = contractCase;
  const query = request.query ? `?${new URLSearchParams(request.query)}` : '';
  const operation = operationsOf(loadSpec(api)).find(
    (op) => op.operationId === contractCase.operationId,
  );
  const content = (operation?.operation.requestBody as { content?: object } | undefined)?.content;
  const contentType = Object.keys(content ?? {})[0];
  return running.call(api, String(operation?.method).toUpperCase(), `${request.path}${query}`, {
    headers: {
      ...bearer(),
      ...(contentType ? { 'content-type': contentType } : {}),
      ...request.headers,
      prefer,
    },
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
}

describe('Prefer: code=NNN forces any documented response of any operation', () => {
  it.each(successCases.map((c) => [`${c.api} ${c.case.operationId}`, c] as const))(
    '%s answers every documented status, each valid against its spec',
    async (_name, { api, case: contractCase }) => {
      for (const status of documentedStatuses(api, contractCase.operationId)) {
        const answer = await send(api, contractCase, `code=${status}`);
        expect(answer.status, `code=${status}: ${answer.text}`).toBe(status);
        // A generated body passes the stub's own response validation, or this would be a 500.
        const dynamic = await send(api, contractCase, `code=${status}, dynamic=true`);
        expect(dynamic.status, `code=${status}, dynamic=true: ${dynamic.text}`).toBe(status);
      }
    },
  );
});

describe('Prefer on Triton', () => {
  const getAlice = () => {
    const found = successCases.find((c) => c.case.operationId === 'GetUser');
    if (!found) throw new Error('no GetUser contract case');
    return found.case;
  };

  it('code=404 answers the documented example, naming the user asked for, without touching the store', async () => {
    const answer = await send('triton', getAlice(), 'code=404');
    expect(answer.status).toBe(404);
    // The example says "dave does not exist"; a forced answer names the request's user instead.
    expect(answer.body).toEqual({
      ...(exampleOf('triton', 'ErrorUserNotFound') as object),
      message: 'alice does not exist',
    });
    expect(answer.headers.get('request-id')).toBeTruthy();
  });

  it('example=NAME picks a named example, with or without a code', async () => {
    const bob = await send('triton', getAlice(), 'example=UserBob');
    expect(bob.status).toBe(200);
    expect(bob.body).toEqual(exampleOf('triton', 'UserBob'));
    const byUuid = await send('triton', getAlice(), 'code=404, example=ErrorUserUuidNotFound');
    expect(byUuid.status).toBe(404);
    expect(byUuid.body).toEqual(exampleOf('triton', 'ErrorUserUuidNotFound'));
  });

  it('dynamic=true generates a fresh body from the response schema', async () => {
    const bodies = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      const answer = await send('triton', getAlice(), 'dynamic=true');
      expect(answer.status, answer.text).toBe(200);
      expect(Object.keys(answer.body)).toEqual(expect.arrayContaining(['id', 'login', 'email']));
      bodies.add(answer.text);
    }
    expect(bodies.size).toBeGreaterThan(1);
  });

  it('a forced answer to a create changes nothing', async () => {
    const { triton } = { triton: stub().triton };
    const created = await triton('POST', '/demo/users', undefined, {
      headers: { prefer: 'code=201' },
      body: { login: 'forced', email: 'forced@example.com', password: 'Forced-secret-1' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(exampleOf('triton', 'CreatedUserCarol'));
    expect((await triton('GET', '/demo/users/forced')).status).toBe(404);
  });

  it('delay=MS holds the answer at least that long', async () => {
    const started = performance.now();
    const answer = await send('triton', getAlice(), 'delay=300');
    expect(answer.status).toBe(200);
    expect(answer.body.login).toBe('alice');
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
  });

  it('what cannot be met is refused in the provider’s own format', async () => {
    const undocumented = await send('triton', getAlice(), 'code=418');
    expect(undocumented.status).toBe(409);
    expect(undocumented.body).toMatchObject({ code: 'InvalidArgument' });
    expect(undocumented.body.message).toContain('no 418 response');
    const noExample = await send('triton', getAlice(), 'example=NoSuchExample');
    expect(noExample.body.message).toContain('NoSuchExample');
    const badDelay = await send('triton', getAlice(), 'delay=-5');
    expect(badDelay.status).toBe(409);
    expect(badDelay.body.message).toContain('delay');
  });

  it('the credentials are still checked first', async () => {
    const answer = await stub().stub.call('triton', 'GET', '/demo/users/alice', {
      headers: { prefer: 'code=200' },
    });
    expect(answer.status).toBe(401);
  });
});

describe('Prefer on the other providers', () => {
  it('Scalr keeps its own profile=preview preference beside a forced code', async () => {
    const answer = await stub().stub.call('scalr', 'GET', '/api/iacp/v3/users/user-nope', {
      headers: { ...bearer(), prefer: 'code=404, profile=preview' },
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(exampleOf('scalr', 'UserNotFoundError'));
  });

  it('Scalingo DB forces a 403 for a protected user with its own example', async () => {
    const answer = await stub().stub.call(
      'scalingo-db',
      'DELETE',
      '/api/databases/my-db-123/users/alice',
      { headers: { ...bearer(), prefer: 'code=403' } },
    );
    expect(answer.status).toBe(403);
    expect(answer.body).toHaveProperty('error');
  });
});

describe('dynamic bodies leave the specs alone', () => {
  it('the served spec is the same before and after many generated answers', async () => {
    const { admin, stub: running } = stub();
    const before = (await admin('GET', '/specs/scalr')).text;
    for (let i = 0; i < 20; i += 1) {
      const answer = await running.call('scalr', 'GET', '/api/iacp/v3/users', {
        headers: { ...bearer(), prefer: 'dynamic=true' },
      });
      expect(answer.status, answer.text).toBe(200);
    }
    expect((await admin('GET', '/specs/scalr')).text).toBe(before);
  });
});
