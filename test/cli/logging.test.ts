import { afterEach, describe, expect, it } from 'vitest';
import { bearer, call } from '../support/stub.ts';
import { cleanUp, jsonLines, serveCli } from './support.ts';

afterEach(cleanUp);

const QUIET = ['--in-memory', '--users', '2', '--no-api-ports'];
const REQUEST_LINE = 'GET /triton/demo/users/alice 200';

async function getAlice(url: string): Promise<void> {
  const answer = await call(`${url}/triton/demo/users/alice`, 'GET', { headers: bearer() });
  expect(answer.status).toBe(200);
}

describe('logs', () => {
  it('--log-format json: one JSON object a line, from start-up to shutdown', async () => {
    const serve = await serveCli([...QUIET, '--log-format', 'json']);
    await getAlice(serve.url);
    await serve.waitFor(new RegExp(REQUEST_LINE));
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);

    const lines = jsonLines(serve);
    for (const line of lines) {
      expect(typeof line.level).toBe('number');
      expect(typeof line.msg).toBe('string');
    }
    const started = lines.find((line) => line.msg.startsWith('facsimile is serving'));
    expect(started).toMatchObject({ level: 30, url: serve.url, state: 'in memory', config: null });
    expect((started!.apis as Record<string, string[]>).triton).toEqual([`${serve.url}/triton`]);
    const request = lines.find((line) => line.msg === REQUEST_LINE);
    expect(request).toMatchObject({ level: 30, api: 'triton', operationId: 'GetUser' });
    expect(lines.map((line) => line.msg).slice(-2)).toEqual([
      'stopping: letting in-flight requests finish',
      'stopped',
    ]);
    expect(serve.stderr()).not.toContain('facsimile-demo');
    expect(serve.stdout()).not.toContain(REQUEST_LINE); // stdout is the banner's
  });

  it('--log-level warn hides the request lines', async () => {
    const serve = await serveCli([...QUIET, '--log-format', 'json', '--log-level', 'warn']);
    await getAlice(serve.url);
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(serve.stderr()).not.toContain(REQUEST_LINE);
    expect(serve.stderr()).toBe('');
  });

  it('--log-format pretty: readable lines, not JSON', async () => {
    const serve = await serveCli([...QUIET, '--log-format', 'pretty']);
    await getAlice(serve.url);
    const [line] = await serve.waitFor(new RegExp(`.*${REQUEST_LINE}.*`));
    expect(line).toMatch(/INFO/);
    expect(serve.stderr()).not.toMatch(/^\{/m);
  });
});

describe('the banner', () => {
  it('shows the admin token facsimile made up because it listens off loopback', async () => {
    const serve = await serveCli([...QUIET, '--host', '0.0.0.0']);
    const [, token] = await serve.waitFor(/token \(X-Facsimile-Admin-Token or Bearer\): (\S+)/);
    const health = `${serve.url.replace('0.0.0.0', '127.0.0.1')}/__facsimile/health`;
    expect((await call(health, 'GET')).status).toBe(401);
    expect((await call(health, 'GET', { headers: bearer(token) })).status).toBe(200);
  });

  it('shows no token on loopback, where the admin API is open', async () => {
    const serve = await serveCli(QUIET);
    expect(serve.stdout()).toContain(`Admin: ${serve.url}/__facsimile`);
    expect(serve.stdout()).not.toContain('token (');
    expect((await call(`${serve.url}/__facsimile/health`, 'GET')).status).toBe(200);
  });
});
