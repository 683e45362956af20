// Issue 13: the specs facsimile serves (docs pages, GET /__facsimile/specs/{api}) cite the
// providers' public documentation, never files a user of facsimile does not have.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { call, startTestStub, type TestStub } from '../support/stub.ts';

const PUBLIC_SOURCE: Record<string, RegExp> = {
  scalingo: /https:\/\/developers\.scalingo\.com\/users/,
  'scalingo-db': /Scalingo\/developers-documentation/,
  computestacks: /https:\/\/docs\.computestacks\.com\/api\/user\//,
  triton: /https:\/\/apidocs\.tritondatacenter\.com\/cloudapi\/#users/,
  scalr: /https:\/\/docs\.scalr\.com\/en\/latest\/api\/preview\/accounts_users\.html/,
};

let stub: TestStub;
beforeAll(async () => {
  stub = await startTestStub({ users: 0, apiPorts: false });
});
afterAll(() => stub.dispose());

describe('served specs cite public sources (issue 13)', () => {
  it.each(allApis.map((api) => api.name))('%s', async (name) => {
    const answer = await call(`${stub.url}/__facsimile/specs/${name}`, 'GET');
    expect(answer.status).toBe(200);
    expect(answer.text).not.toMatch(/seeds\/|\b0\d\d_[0-9a-f]{16}\b/);
    expect(answer.body.info.description).toMatch(PUBLIC_SOURCE[name]!);
  });
});
