import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bearer, call } from './support/stub.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'facsimile.js');
const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill('SIGKILL')));

function run(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp): Promise<RegExpMatchArray> => {
    for (let waited = 0; waited < 20_000; waited += 50) {
      const match = output.match(pattern);
      if (match) return match;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no ${pattern} in output:\n${output}`);
  };
  return { child, exited, waitFor, output: () => output };
}

describe('the facsimile command', () => {
  it('serve: prints a banner with every API, serves it, and stops cleanly on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facsimile-cli-'));
    try {
      const db = join(dir, 'db.json');
      const serve = run(['serve', '--port', '0', '--db', db, '--users', '2']);
      const [, main] = await serve.waitFor(/Index: (http:\/\/\S+)\//);
      for (const name of ['scalingo', 'scalingo-db', 'computestacks', 'triton', 'scalr']) {
        expect(serve.output()).toContain(`${main}/${name}`);
      }
      expect(serve.output()).toContain('facsimile-demo');
      const self = await call(`${main}/scalingo/v1/users/self`, 'GET', { headers: bearer() });
      expect(self.body.user.username).toBe('doc-account');
      serve.child.kill('SIGTERM');
      expect(await serve.exited).toBe(0);
      expect(JSON.parse(await readFile(db, 'utf8')).meta.users).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reset: writes a freshly seeded store', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'facsimile-cli-'));
    try {
      const db = join(dir, 'db.json');
      const reset = run(['reset', '--db', db, '--seed', '5', '--users', '1']);
      expect(await reset.exited).toBe(0);
      expect(JSON.parse(await readFile(db, 'utf8')).meta).toEqual({ format: 1, seed: 5, users: 1 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects a bad flag with a clear message and a non-zero exit', async () => {
    const bad = run(['serve', '--api', 'nope']);
    expect(await bad.exited).not.toBe(0);
    expect(bad.output()).toContain('expected one of scalingo');
  });
});
