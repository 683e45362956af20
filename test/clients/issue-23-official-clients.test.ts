// Issue 23: the rest of the official clients' account surface, run unchanged from npm:
// scalingo.js's free trial and two-step account deletion, and `triton rbac user -k`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { clientFromToken } from 'scalingo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scalingoApi } from '../../src/apis/scalingo/index.ts';
import { bearer, startTestStub, type TestStub } from '../support/stub.ts';
import { useTritonHome, writeKeyPair } from './support.ts';

describe('scalingo.js Users against facsimile (issue 23)', () => {
  let stub: TestStub;
  beforeAll(async () => {
    stub = await startTestStub({ apis: [scalingoApi], users: 0 });
  });
  afterAll(() => stub.dispose());

  const client = async () => {
    const url = stub.rootUrlOf('scalingo')!;
    return clientFromToken('facsimile-demo', { apiUrl: url, authApiUrl: url });
  };

  it('stopFreeTrial() resolves with the provider’s {"message":"ok"}', async () => {
    await expect((await client()).Users.stopFreeTrial()).resolves.toEqual({ message: 'ok' });
  });

  it('requestAccountDeletion() then confirmAccountDeletion() deletes the account', async () => {
    const scalingo = await client();
    // The client resolves with the body only; the emailed token comes from the same request.
    const requested = await scalingo.apiClient().post('/users/delete');
    const { id } = (requested.data as { deletion: { id: string } }).deletion;
    await expect(scalingo.Users.requestAccountDeletion()).resolves.toMatchObject({
      deletion: { id: expect.any(String) },
    });
    const latest = await scalingo.apiClient().post('/users/delete');
    expect((latest.data as { deletion: { id: string } }).deletion.id).not.toBe(id);
    const token = String(latest.headers['x-facsimile-deletion-token']);
    const { deletion } = latest.data as { deletion: { id: string } };
    await expect(
      scalingo.Users.confirmAccountDeletion(deletion.id, { token, reason: 'tests' }),
    ).resolves.toBe('');
    await expect(scalingo.Users.self()).rejects.toMatchObject({ status: 401 });
  });
});

describe('triton rbac user -k (npm triton) against facsimile (issue 23)', () => {
  const setup = useTritonHome();

  it('lists the sub-user’s keys by fingerprint and name', async () => {
    const { home, stub, triton } = setup();
    const other = await writeKeyPair(join(home, 'alice'));
    const added = await stub.call('triton', 'POST', '/demo/users/alice/keys', {
      headers: bearer(),
      body: { name: 'alice-laptop', key: await readPublicKey(join(home, 'alice')) },
    });
    expect(added.status).toBe(201);
    const shown = await triton(['rbac', 'user', '-k', 'alice']);
    expect(shown.stderr).toBe('');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^login: alice$/m);
    expect(shown.stdout).toContain(`keys:\n    ${other} (alice-laptop)\n`);
  }, 60_000);
});

async function readPublicKey(dir: string): Promise<string> {
  return (await readFile(join(dir, '.ssh', 'id_rsa.pub'), 'utf8')).trim();
}
