import { describe, expect, it } from 'vitest';
import { startStub } from '../../src/index.ts';
import { bearer, call } from '../support/stub.ts';

describe('the public entry point', () => {
  it('starts every API on free ports with state in memory, resets and closes', async () => {
    const stub = await startStub({ users: 1 });
    try {
      expect(stub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(stub.runtime.location).toBeNull();
      const deleted = await call(`${stub.rootUrlOf('triton')}/demo/users/bob`, 'DELETE', {
        headers: bearer(),
      });
      expect(deleted.status).toBe(204);
      await stub.reset('triton');
      const back = await call(`${stub.urlOf('triton')}/demo/users/bob`, 'GET', {
        headers: bearer(),
      });
      expect(back.body.login).toBe('bob');
    } finally {
      await stub.close();
    }
  });
});
