import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/cli-config.ts';
import { bearer, call } from '../support/stub.ts';
import { cleanUp, runCli, serveCli, tempDir } from './support.ts';

afterEach(cleanUp);

async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('the configuration file', () => {
  it('is read from ./facsimile.config.yaml', async () => {
    const cwd = await dirWith({
      'facsimile.config.yaml': [
        'api: [triton, scalr]',
        'api-ports: false',
        'in-memory: true',
        'seed: 7',
        'users: 3',
        'journal-size: 50',
        'cors-origin: http://app.example',
        'log-level: warn',
      ].join('\n'),
    });
    const serve = await serveCli([], { cwd });
    const users = await call(`${serve.url}/triton/demo/users`, 'GET', {
      headers: { ...bearer(), origin: 'http://app.example' },
    });
    expect(users.headers.get('access-control-allow-origin')).toBe('http://app.example');
    const health = await call(`${serve.url}/__facsimile/health`, 'GET');
    expect(health.body.store).toEqual({ file: null, seed: 7, users: 3 });
    expect(health.body.apis.map((api: { name: string }) => api.name)).toEqual(['triton', 'scalr']);
    expect(health.body.apis.map((api: { ownPort: number | null }) => api.ownPort)).toEqual([
      null,
      null,
    ]);
    expect(health.body.journal.capacity).toBe(50);
    expect(serve.stdout()).toContain('facsimile is serving (state: in memory)');
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(serve.stderr()).toBe(''); // warn hides the start-up and shutdown lines
  });

  it('comes from --config; a flag beats an environment variable, which beats the file', async () => {
    const cwd = await dirWith({
      'ci.yaml':
        'admin-token: from-file\nin-memory: true\nusers: 1\napi: triton\napi-ports: false\n',
    });
    const base = ['--config', 'ci.yaml'];
    const env = { FACSIMILE_ADMIN_TOKEN: 'from-env' };
    const [fileOnly, fileAndEnv, all] = await Promise.all([
      serveCli(base, { cwd }),
      serveCli(base, { cwd, env }),
      serveCli([...base, '--admin-token', 'from-flag'], { cwd, env }),
    ]);
    const healthWith = async (url: string, token: string) =>
      (await call(`${url}/__facsimile/health`, 'GET', { headers: bearer(token) })).status;
    expect(await healthWith(fileOnly!.url, 'from-file')).toBe(200);
    expect(await healthWith(fileAndEnv!.url, 'from-env')).toBe(200);
    expect(await healthWith(fileAndEnv!.url, 'from-file')).toBe(401);
    expect(await healthWith(all!.url, 'from-flag')).toBe(200);
    expect(await healthWith(all!.url, 'from-env')).toBe(401);
    await fileOnly!.waitFor(/"config":"ci.yaml".*"msg":"facsimile is serving/);
    // A token the user gave is never printed.
    expect(all!.stdout()).not.toContain('from-');
  });

  it('also sets reset’s options, ignoring keys only serve has', async () => {
    const cwd = await dirWith({
      'facsimile.config.yaml': 'db: store.json\nseed: 9\nusers: 1\nport: 0\n',
    });
    const reset = await runCli(['reset'], { cwd });
    expect(await reset.exited).toBe(0);
    const stored = JSON.parse(await readFile(join(cwd, 'store.json'), 'utf8'));
    expect(stored.meta).toEqual({ format: 1, seed: 9, users: 1 });
  });

  it('refuses unknown keys, wrong types, bad YAML and a missing file, naming file and line', async () => {
    const cases: { files: Record<string, string>; args: string[]; message: string }[] = [
      {
        files: { 'facsimile.config.yaml': 'port: 0\nverbose: true\n' },
        args: [],
        message: 'facsimile.config.yaml:2: unknown key "verbose"',
      },
      {
        files: { 'settings.yaml': 'users: many\n' },
        args: ['--config', 'settings.yaml'],
        message: 'settings.yaml:1: "users": expected a number, got "many"',
      },
      {
        files: { 'settings.yaml': 'api: [triton, nope]\n' },
        args: ['--config', 'settings.yaml'],
        message: 'settings.yaml:1: "api": expected one of scalingo',
      },
      {
        files: { 'broken.yaml': 'port: 0\nhost: a: b\n' },
        args: ['--config', 'broken.yaml'],
        message: 'broken.yaml:2: Nested mappings are not allowed',
      },
      { files: {}, args: ['--config', 'absent.yaml'], message: 'absent.yaml: cannot read' },
    ];
    await Promise.all(
      cases.map(async ({ files, args, message }) => {
        const serve = await runCli(['serve', '--port', '0', ...args], {
          cwd: await dirWith(files),
        });
        expect(await serve.exited).not.toBe(0);
        expect(serve.stderr()).toContain(`error: ${message}`);
        expect(serve.stderr()).not.toMatch(/^\s+at /m);
        expect(serve.stdout()).not.toContain('facsimile is serving');
      }),
    );
  });

  it('accepts the example file shipped in the repository', () => {
    const example = readConfig(
      join(import.meta.dirname, '..', '..', 'facsimile.config.example.yaml'),
    );
    expect(example.get('port')).toBe(4010);
    expect(example.get('api-port')).toEqual({ triton: 4014, 'scalingo-db': false });
  });
});

/** Nine levels of nine aliases each: 9^9 strings once expanded. */
const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'
    .split('')
    .map((name, at) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[at]}`).join(',')}]`),
].join('\n');

describe('issue 12: configuration keys and YAML errors', () => {
  it('refuses keys Object has but the table does not, naming file and line', async () => {
    const dir = await dirWith({
      'proto.yaml': 'port: 4010\nconstructor: 1\n',
      'string.yaml': 'toString: yes\n',
    });
    expect(() => readConfig(join(dir, 'proto.yaml'))).toThrow(
      /proto\.yaml:2: unknown key "constructor"/,
    );
    expect(() => readConfig(join(dir, 'string.yaml'))).toThrow(
      /string\.yaml:1: unknown key "toString"/,
    );
  });

  it('reports an alias bomb with file and line, never a stack', async () => {
    const cwd = await dirWith({ 'bomb.yaml': ALIAS_BOMB });
    const serve = await runCli(['serve', '--port', '0', '--config', 'bomb.yaml'], { cwd });
    expect(await serve.exited).not.toBe(0);
    expect(serve.stderr()).toMatch(/error: bomb\.yaml:\d+: .*alias/i);
    expect(serve.stderr()).not.toMatch(/^\s+at /m);
    expect(serve.stdout()).not.toContain('facsimile is serving');
  }, 60_000);
});
