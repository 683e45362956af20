import { afterEach, describe, expect, it } from 'vitest';
import { startTestStub, type TestStub } from '../support/stub.ts';
import { adminOf } from './setup.ts';

const stubs: TestStub[] = [];
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((stub) => stub.dispose()));
});

/** 20 KB for all sessions together: a few dozen Triton users. */
const BOUND_MEGABYTES = 0.02;

async function started() {
  const stub = await startTestStub({ maxSessionMegabytes: BOUND_MEGABYTES, apiPorts: false });
  stubs.push(stub);
  return adminOf(stub);
}

const user = (login: string) => ({
  login,
  email: `${login}@example.com`,
  password: 'Bounded-secret-42',
});

describe('the sessions’ memory bound counts the rows held (issue 18, item 7)', () => {
  it('one session updating one row many times does not use it up', async () => {
    const { triton } = await started();
    expect((await triton('POST', '/demo/users', 'busy', { body: user('busyrow') })).status).toBe(
      201,
    );
    // Far more than the bound if every update counted: each is about 400 bytes of row.
    for (let n = 0; n < 150; n += 1) {
      const email = `busy${n % 2}@example.com`;
      const answer = await triton('POST', '/demo/users/busyrow', 'busy', { body: { email } });
      expect(answer.status, `update ${n}`).toBe(200);
    }
    expect((await triton('POST', '/demo/users', 'other', { body: user('otherrow') })).status).toBe(
      201,
    );
  });

  it('a session reset, of one API or all, gives back what its rows held', async () => {
    const { triton, admin } = await started();
    const fill = async (session: string) => {
      for (let n = 0; n < 200; n += 1) {
        const answer = await triton('POST', '/demo/users', session, { body: user(`filler${n}`) });
        if (answer.status === 503) return n;
        expect(answer.status).toBe(201);
      }
      throw new Error('the bound was never reached');
    };
    const created = await fill('greedy');
    expect((await triton('POST', '/demo/users', 'other', { body: user('blocked') })).status).toBe(
      503,
    );
    for (const body of [{ api: 'triton' }, {}]) {
      const reset = await admin('POST', '/reset', {
        headers: { 'x-facsimile-session': 'greedy' },
        body,
      });
      expect(reset.status).toBe(200);
      // All of it is free again: the same session fills the same number of rows.
      expect(await fill('greedy')).toBe(created);
    }
  });
});
