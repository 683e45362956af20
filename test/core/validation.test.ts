import { afterEach, describe, expect, it } from 'vitest';
import { scalingoApi } from '../../src/apis/scalingo/index.ts';
import { reply } from '../../src/core/api/definition.ts';
import { bearer, startTestStub, type TestStub } from '../support/stub.ts';

/** The real Scalingo API with one handler that answers outside its spec. */
const brokenScalingo = {
  ...scalingoApi,
  handlers: {
    ...scalingoApi.handlers,
    getCurrentUser: () => reply(200, { user: { id: 'not-a-user' } }),
  },
};

const stubs: TestStub[] = [];
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((stub) => stub.dispose()));
});

describe('response validation', () => {
  it('turns an answer outside the spec into a 500 in the provider’s envelope, naming the problem', async () => {
    const stub = await startTestStub({ apis: [brokenScalingo], apiPorts: false });
    stubs.push(stub);
    const answer = await stub.call('scalingo', 'GET', '/v1/users/self', { headers: bearer() });
    expect(answer.status).toBe(500);
    expect(answer.body.error).toMatch(/^facsimile answered outside its spec: .*user/);
  });

  it('lets the answer through when response validation is turned off', async () => {
    const stub = await startTestStub({
      apis: [brokenScalingo],
      apiPorts: false,
      validateResponses: false,
    });
    stubs.push(stub);
    const answer = await stub.call('scalingo', 'GET', '/v1/users/self', { headers: bearer() });
    expect(answer).toMatchObject({ status: 200, body: { user: { id: 'not-a-user' } } });
  });
});
