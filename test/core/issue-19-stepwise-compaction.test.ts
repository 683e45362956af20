import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { startStub, type RunningStub } from '../../src/core/serving/server.ts';
import { Runtime } from '../../src/core/state/index.ts';
import { FileStore } from '../../src/core/state/file/file-store.ts';
import { bearer } from '../support/stub.ts';

// A compaction freezes one table at a time between appends (issue 19), so the tables it writes
// stand at different points; the log after the file's sequence number replays onto them.

const dirs: string[] = [];
const stubs: RunningStub[] = [];
afterEach(async () => {
  for (const stub of stubs.splice(0)) await stub.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const PASSWORD = 'stepwise-password-0123456789';

/** One write on each API, several of them changing two tables or more. */
function writes(round: number): { api: string; method: string; path: string; body: object }[] {
  return [
    {
      api: 'triton',
      method: 'POST',
      path: '/demo/users',
      body: { login: `step${round}`, email: `step${round}@example.com`, password: PASSWORD },
    },
    {
      api: 'scalingo-db',
      method: 'POST',
      path: '/api/databases/my-db-123/users',
      body: {
        database_user: {
          name: `step-${round}`,
          password: PASSWORD,
          password_confirmation: PASSWORD,
        },
      },
    },
    {
      api: 'scalr',
      method: 'POST',
      path: '/api/iacp/v3/users',
      body: { data: { type: 'users', attributes: { email: `step-${round}@example.com` } } },
    },
    {
      api: 'computestacks',
      method: 'PATCH',
      path: '/api/users',
      body: { user: { city: `Step ${round}` } },
    },
    {
      api: 'scalingo',
      method: 'PATCH',
      path: '/v1/account/profile',
      body: { user: { company: `Step ${round}` } },
    },
  ];
}

describe('a compaction that freezes table by table (issue 19)', () => {
  it('writes a file that, with its log, restarts to exactly the acknowledged state', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facsimile-stepwise-'));
    dirs.push(dir);
    const db = join(dir, 'db.json');
    // A 1 KB threshold: a compaction starts after nearly every write, beside the next ones.
    const stub = await startStub({ apis: allApis, db, apiPorts: false, compactAfterKilobytes: 1 });
    stubs.push(stub);
    for (let round = 0; round < 12; round += 1) {
      const answers = await Promise.all(
        writes(round).map(({ api, method, path, body }) =>
          fetch(`${stub.url}/${api}${path}`, {
            method,
            headers: {
              ...bearer(),
              'content-type': api === 'scalr' ? 'application/vnd.api+json' : 'application/json',
            },
            body: JSON.stringify(body),
          }),
        ),
      );
      for (const answer of answers) expect(answer.status).toBeLessThan(300);
    }
    const live = Object.fromEntries(
      allApis.map((api) => [api.name, stub.runtime.dataOf(api.name)]),
    );
    stubs.splice(0);
    await stub.close();
    // Compactions ran: the file holds some of the changes itself.
    const meta = JSON.parse(
      (await readFile(db, 'utf8')).split('\n')[0]!.replace(/,"apis":\{$/, '}'),
    );
    expect(meta.meta.logSeq).toBeGreaterThan(0);

    const restarted = await Runtime.peek(new FileStore(db), allApis);
    for (const api of allApis)
      expect(JSON.stringify(restarted?.apis[api.name]), api.name).toBe(
        JSON.stringify(live[api.name]),
      );
  });
});
