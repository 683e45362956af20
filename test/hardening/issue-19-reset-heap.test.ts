// Under the heap ceiling `serve` suggests for a large store, an admin reset would build every
// API's seed as heap objects and run the process out of memory. It is refused instead, with a
// 507 that says what to do, and nothing changes.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, serve, userStatus, type Served } from './support/cli.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'facsimile.js');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facsimile-reset-heap-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `facsimile serve` with V8's old space held to `heapMb`. */
async function serveWithHeap(db: string, heapMb: number): Promise<Served> {
  const before = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `--max-old-space-size=${heapMb}`;
  try {
    return await serve(db, ['--log-level', 'warn']);
  } finally {
    if (before === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = before;
  }
}

describe('an admin reset the heap has no room for', () => {
  it('answers 507 saying how to reset instead, and leaves every API as it was', async () => {
    const db = join(dir, 'db.json');
    const made = spawnSync(process.execPath, [BIN, 'reset', '--db', db, '--users', '20000']);
    expect(made.status, made.stderr.toString()).toBe(0);
    const served = await serveWithHeap(db, 64);
    try {
      expect(await createUser(served, 'keptafterrefusal')).toBe(201);
      const answer = await fetch(`${served.url}/__facsimile/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(answer.status).toBe(507);
      const { error } = (await answer.json()) as { error: string };
      expect(error).toMatch(/^seeding 20000 demo users of \S+ needs about \d+ MB of heap/);
      expect(error).toContain('with `facsimile reset` while facsimile is stopped');
      expect(await userStatus(served, 'keptafterrefusal')).toBe(200);
      expect(served.child.exitCode).toBeNull();
    } finally {
      served.child.kill('SIGKILL');
      await served.exited;
    }
  }, 120_000);
});
