// Issue 24: importing facsimile and starting a stub loads none of what an API's first request
// builds (the validator, faker, the YAML parser, the token and key libraries); that request
// loads it and answers as it always did, for each of the five APIs.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, tempDir } from './support.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const HOOK = join(ROOT, 'test', 'support', 'module-loads.mjs');
const BUILT_ON_FIRST_USE =
  /node_modules\/(express-openapi-validator|@faker-js|yaml|ajv|jose|sshpk|http-signature|pino)\/|\/serving\/api-app\.[jt]s$|\/admin\/app\.[jt]s$/;
const AUTH = { authorization: 'Bearer facsimile-demo' };

/** One GET per API, each answered from the seeded demo data. */
const FIRST_REQUESTS = [
  ['scalingo', '/v1/users/self', 'username'],
  ['scalingo-db', '/api/databases/my-db-123/users', 'my-db-123'],
  ['computestacks', '/api/users', 'john'],
  ['triton', '/demo/users/alice', 'alice'],
  ['scalr', '/api/iacp/v3/users?page%5Bsize%5D=1', 'data'],
] as const;

/**
 * The package's entry as a consumer imports it (by name: the build, with its prepared demo
 * store), and the sources through tsx (no prepared store: each API seeds with faker).
 */
const ENTRIES = [
  ['the package', 'facsimile', { faker: false }],
  ['the sources', pathToFileURL(join(ROOT, 'src', 'index.ts')).href, { faker: true }],
] as const;

/** A test suite's global setup, in a process of its own: import, start, then ask each API once. */
function consumerScript(entry: string, loadsFile: string): string {
  return `
    import { appendFileSync } from 'node:fs';
    import { createRequire } from 'node:module';
    const { startStub } = await import(${JSON.stringify(entry)});
    const stub = await startStub();
    // What require() loaded (no loader hook sees it), then the mark.
    const required = () => Object.keys(createRequire(import.meta.url).cache);
    appendFileSync(${JSON.stringify(loadsFile)}, [...required(), '-- started', ''].join('\\n'));
    const answers = [];
    for (const [api, path] of ${JSON.stringify(FIRST_REQUESTS)}) {
      const res = await fetch(stub.urlOf(api) + path, { headers: ${JSON.stringify(AUTH)} });
      answers.push({ api, status: res.status, type: res.headers.get('content-type'), body: await res.text() });
    }
    // Each stub signs with a secret of its own, prepared store or not: a JWT works on its own only.
    const other = await startStub();
    const exchange = await fetch(stub.urlOf('scalingo') + '/v1/tokens/exchange', {
      method: 'POST',
      headers: { authorization: 'Basic ' + btoa(':facsimile-demo'), 'content-type': 'application/json' },
      body: '{}',
    });
    const jwt = { authorization: 'Bearer ' + (await exchange.json()).token };
    const own = (await fetch(stub.urlOf('scalingo') + '/v1/users/self', { headers: jwt })).status;
    const foreign = (await fetch(other.urlOf('scalingo') + '/v1/users/self', { headers: jwt })).status;
    await Promise.all([stub.close(), other.close()]);
    appendFileSync(${JSON.stringify(loadsFile)}, required().join('\\n'));
    console.log(JSON.stringify({ answers, own, foreign }));`;
}

afterEach(cleanUp);

describe('a stub started from the package builds each API on its first request (issue 24)', () => {
  it.each(ENTRIES)(
    '%s: loads no validator, faker or API app until a request needs it, then answers each API',
    async (_name, entry, runs) => {
      const loadsFile = join(await tempDir(), 'loads.txt');
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          '--import',
          HOOK,
          '--input-type=module',
          '-e',
          consumerScript(entry, loadsFile),
        ],
        { env: { ...process.env, MODULE_LOADS_FILE: loadsFile }, cwd: ROOT, timeout: 60_000 },
      );
      const loads = (await readFile(loadsFile, 'utf8')).split('\n').filter(Boolean);
      const started = loads.indexOf('-- started');
      expect(started).toBeGreaterThan(0);
      expect(loads.slice(0, started).filter((url) => BUILT_ON_FIRST_USE.test(url))).toEqual([]);
      expect(loads.slice(started).some((url) => /express-openapi-validator/.test(url))).toBe(true);
      // The package's default demo data comes prepared: faker never runs.
      expect(loads.some((url) => /node_modules\/@faker-js\//.test(url))).toBe(runs.faker);

      const { answers, own, foreign } = JSON.parse(stdout.trim().split('\n').pop()!) as {
        answers: { api: string; status: number; type: string; body: string }[];
        own: number;
        foreign: number;
      };
      expect({ own, foreign }).toEqual({ own: 200, foreign: 401 });
      for (const [api, , expected] of FIRST_REQUESTS) {
        const answer = answers.find((one) => one.api === api)!;
        expect({ api, status: answer.status }).toEqual({ api, status: 200 });
        expect(answer.type).toMatch(/json/);
        expect(answer.body).toContain(expected);
      }
    },
    60_000,
  );
});

describe('requests that come while an API is being built (issue 24)', () => {
  it('all wait for the one build and are answered, on the main port and the API’s own', async () => {
    const { startStub } = await import('../../src/index.ts');
    const stub = await startStub();
    try {
      const urls = Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? `${stub.urlOf('triton')}/demo/users/alice`
          : `${stub.rootUrlOf('triton')}/demo/users/alice`,
      );
      const answers = await Promise.all(
        urls.map(async (url) => {
          const res = await fetch(url, { headers: AUTH });
          return { status: res.status, login: ((await res.json()) as { login?: string }).login };
        }),
      );
      expect(answers).toEqual(urls.map(() => ({ status: 200, login: 'alice' })));
    } finally {
      await stub.close();
    }
  });
});
