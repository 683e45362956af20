import { describe, expect, it } from 'vitest';
import { useAdminStub } from './setup.ts';

const stub = useAdminStub();
const prefer = (value: string) => ({ headers: { prefer: value } });

describe('messages a user reads (issue 21)', () => {
  it('an unknown example is refused with the names of the examples there are', async () => {
    const answer = await stub().triton(
      'GET',
      '/demo/users/alice',
      undefined,
      prefer('example=Nope'),
    );
    expect(answer.status).toBe(409);
    expect(answer.body.message).toContain('GetUser has no example named "Nope"');
    expect(answer.body.message).toMatch(/it has: .*UserBob \(200\).*ErrorUserNotFound \(404\)/);
  });

  it('a forced 404 names the user the request asked for', async () => {
    const alice = await stub().triton('GET', '/demo/users/alice', undefined, prefer('code=404'));
    expect(alice.status).toBe(404);
    expect(alice.body).toEqual({ code: 'ResourceNotFound', message: 'alice does not exist' });
    const named = await stub().triton(
      'GET',
      '/demo/users/bob',
      undefined,
      prefer('example=ErrorUserNotFound'),
    );
    expect(named.body.message).toBe('bob does not exist');
  });
});
