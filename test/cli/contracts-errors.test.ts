// The `contracts` commands answer bad input with one line that says what to do: no stack
// trace, no absolute path, no quote of the file's content, and a non-zero exit code.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, runCli, tempDir } from './support.ts';

afterEach(cleanUp);

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs the command in a fresh project directory holding `files`. */
async function contracts(args: string[], files: Record<string, string> = {}) {
  const cwd = await tempDir();
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(cwd, name, '..'), { recursive: true });
    await writeFile(join(cwd, name), content);
  }
  const cli = await runCli(['contracts', ...args], { cwd });
  const code = await cli.exited;
  const stderr = cli.stderr();
  expect(code).toBe(1);
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).toMatch(/^error: /);
  expect(stderr).not.toMatch(/\n\s+at /);
  for (const absolute of [cwd, ROOT, 'file://']) expect(stderr).not.toContain(absolute);
  return stderr;
}

describe('contracts commands: one clear error line', () => {
  it('verify without ./contracts says to generate them first', async () => {
    const stderr = await contracts(['verify']);
    expect(stderr).toContain('contracts generate');
    expect(stderr).not.toContain('ENOENT');
  });

  it.each([[['verify', 'nope.json']], [['check', 'nope.json']]])(
    '%s: a missing file is named',
    async (args) => {
      const stderr = await contracts(args);
      expect(stderr).toContain('nope.json does not exist');
    },
  );

  it.each([[['verify', 'bad.json']], [['check', 'bad.json']]])(
    '%s: a file that is not JSON is said so, without quoting it',
    async (args) => {
      const stderr = await contracts(args, { 'bad.json': '{bad-secret' });
      expect(stderr).toContain('bad.json is not JSON');
      expect(stderr).not.toContain('bad-secret');
      expect(stderr).not.toContain('SyntaxError');
    },
  );

  it.each([['null'], ['[1]'], ['{"provider":{"name":"triton"},"interactions":3}']])(
    'check on %s: not a pact file',
    async (content) => {
      const stderr = await contracts(['check', 'odd.json'], { 'odd.json': content });
      expect(stderr).toContain('odd.json is not a pact file');
    },
  );

  it('check on a pact of an unknown provider names the choices', async () => {
    const stderr = await contracts(['check', 'other.json'], {
      'other.json': '{"provider":{"name":"other"},"interactions":[]}',
    });
    expect(stderr).toContain('unknown API "other"');
  });

  it('verify on a folder with no pact files says so', async () => {
    const stderr = await contracts(['verify', 'empty'], { 'empty/readme.txt': 'none' });
    expect(stderr).toContain('no pact files');
  });
});
