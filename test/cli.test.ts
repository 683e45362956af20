import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, jsonLines, runCli, serveCli, tempDir } from './cli/support.ts';
import { bearer, call } from './support/stub.ts';

afterEach(cleanUp);

/** What commander prints for a bad value; a stack trace would show "    at ". */
function expectCleanError(output: string, message: string): void {
  expect(output).toContain(message);
  expect(output).not.toMatch(/^\s+at /m);
}

describe('the facsimile command', () => {
  it('serve: prints a banner with every API, serves it, and stops cleanly on SIGTERM', async () => {
    const db = join(await tempDir(), 'db.json');
    const serve = await serveCli(['--db', db, '--users', '2']);
    for (const name of ['scalingo', 'scalingo-db', 'computestacks', 'triton', 'scalr']) {
      expect(serve.stdout()).toContain(`${serve.url}/${name}`);
    }
    expect(serve.stdout()).toContain('facsimile-demo');
    expect(serve.stdout()).toContain(`Admin: ${serve.url}/__facsimile`);
    const self = await call(`${serve.url}/scalingo/v1/users/self`, 'GET', { headers: bearer() });
    expect(self.body.user.username).toBe('doc-account');
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(JSON.parse(await readFile(db, 'utf8')).meta.users).toBe(2);
  });

  it('reset: writes a freshly seeded store', async () => {
    const db = join(await tempDir(), 'db.json');
    const reset = await runCli(['reset', '--db', db, '--seed', '5', '--users', '1']);
    expect(await reset.exited).toBe(0);
    expect(JSON.parse(await readFile(db, 'utf8')).meta).toEqual({ format: 1, seed: 5, users: 1 });
  });

  it('rejects a bad flag with a clear message and a non-zero exit', async () => {
    const bad = await runCli(['serve', '--api', 'nope']);
    expect(await bad.exited).not.toBe(0);
    expectCleanError(bad.stderr(), 'expected one of scalingo');
  });

  it('rejects a bad --log-level, from the flag or the environment, before starting', async () => {
    const flag = await runCli(['serve', '--log-level', 'loud']);
    expect(await flag.exited).not.toBe(0);
    expectCleanError(flag.stderr(), "option '--log-level <level>' argument 'loud' is invalid");
    expect(flag.stderr()).toContain('fatal, error, warn, info, debug, trace, silent');
    expect(flag.stdout()).not.toContain('facsimile is serving');

    const env = await runCli(['serve'], { env: { FACSIMILE_LOG_LEVEL: 'chatty' } });
    expect(await env.exited).not.toBe(0);
    expectCleanError(env.stderr(), "value 'chatty' from env 'FACSIMILE_LOG_LEVEL' is invalid");
  });

  it('rejects out-of-range numbers and an unknown --log-format', async () => {
    const cases: [string[], string][] = [
      [['--port', '70000'], 'expected a port number (0 to 65535)'],
      [['--journal-size', '0'], 'expected a whole number of at least 1'],
      [['--session-idle', 'soon'], 'expected a whole number'],
      [['--users', '150001'], 'expected at most 150,000 users per API'],
      [['--log-format', 'xml'], 'Allowed choices are pretty, json'],
    ];
    await Promise.all(
      cases.map(async ([args, message]) => {
        const bad = await runCli(['serve', ...args]);
        expect(await bad.exited).not.toBe(0);
        expectCleanError(bad.stderr(), message);
      }),
    );
  });
});

describe('unknown command', () => {
  it('names the unknown command and lists the real ones', async () => {
    const bad = await runCli(['srve']);
    expect(await bad.exited).not.toBe(0);
    expectCleanError(
      bad.stderr(),
      "unknown command 'srve' (commands: serve, reset, contracts, repair, help)",
    );
    expect(bad.stderr()).not.toContain('too many arguments');
  });
});

describe('help', () => {
  it('lists the commands', async () => {
    const help = await runCli(['--help']);
    expect(await help.exited).toBe(0);
    for (const command of ['serve', 'reset', 'repair', 'contracts']) {
      expect(help.stdout()).toMatch(new RegExp(`^  ${command} .*\\S`, 'm'));
    }
  });

  it('describes every serve option, with its environment variable and examples', async () => {
    const help = await runCli(['serve', '--help']);
    expect(await help.exited).toBe(0);
    const text = help.stdout();
    for (const option of [
      '--port',
      '--api-port',
      '--db',
      '--admin-token',
      '--journal-size',
      '--session-idle',
      '--compact-after',
      '--log-level',
      '--log-format',
      '--config',
    ]) {
      expect(text).toMatch(new RegExp(`^  (-p, )?${option} .*\\w`, 'm'));
    }
    expect(text).toMatch(/env:\s+FACSIMILE_ADMIN_TOKEN/);
    expect(text).toMatch(/env:\s+FACSIMILE_LOG_LEVEL/);
    expect(text).toContain('facsimile.config.yaml');
    expect(text).toContain('Examples:');
    expect(text).toContain('$ facsimile serve --in-memory --users 5000');
  });

  it('has help for reset and contracts too', async () => {
    const reset = await runCli(['reset', '--help']);
    expect(await reset.exited).toBe(0);
    expect(reset.stdout()).toContain('--users <n>');
    const contracts = await runCli(['contracts', '--help']);
    expect(await contracts.exited).toBe(0);
    for (const command of ['generate', 'verify', 'check']) {
      expect(contracts.stdout()).toContain(command);
    }
    const repair = await runCli(['repair', '--help']);
    expect(await repair.exited).toBe(0);
    expect(repair.stdout()).toContain('$ facsimile repair --db .facsimile/db.json');
  });
});

describe('seeding progress', () => {
  const quarterLines = (lines: ReturnType<typeof jsonLines>) =>
    lines.filter((line) => line.msg.startsWith('seeding demo data'));

  it('logs a line per quarter when a large data set is seeded without a terminal', async () => {
    const serve = await serveCli(['--in-memory', '--users', '2500', '--log-format', 'json']);
    const progress = quarterLines(jsonLines(serve));
    expect(progress.map((line) => line.msg)).toEqual([
      'seeding demo data: 25% (3125 of 12500)',
      'seeding demo data: 50% (6250 of 12500)',
      'seeding demo data: 75% (9375 of 12500)',
      'seeding demo data: 100% (12500 of 12500)',
    ]);
    expect(progress.every((line) => line.level === 30 && line.total === 12500)).toBe(true);
    expect(serve.stdout()).not.toContain('seeding');
  });

  it('reports reset too, and says nothing for a small data set', async () => {
    const dir = await tempDir();
    const large = await runCli(['reset', '--db', join(dir, 'a.json'), '--users', '2000']);
    expect(await large.exited).toBe(0);
    expect(quarterLines(jsonLines(large))).toHaveLength(4);
    const small = await runCli(['reset', '--db', join(dir, 'b.json'), '--users', '100']);
    expect(await small.exited).toBe(0);
    expect(quarterLines(jsonLines(small))).toEqual([]);
  });
});
