import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithoutChromium } from '../support/chromium.ts';
import { tarballSentence } from '../../scripts/figures.ts';
import { consumerEnv, consumerProject, ROOT, run, type ConsumerProject } from './project.ts';
import { runReadme } from './readme-runner.ts';

let project: ConsumerProject;
let dir: string;
let installed: string;

beforeAll(async () => {
  project = await consumerProject();
  ({ dir } = project);
  installed = join(dir, 'node_modules', 'facsimile');
}, 400_000);
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

/** Each step starts Node processes of its own: generous on a shared, busy machine. */
const RUN_MS = 90_000;

const node = (...args: string[]) => run(dir, process.execPath, args);
const lastLine = (text: string) => JSON.parse(text.trim().split('\n').pop()!);

/** Every file under `at`, relative to it. */
async function filesUnder(at: string): Promise<string[]> {
  return (await readdir(at, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(at.length + 1));
}

describe('the packed package, installed in a fresh project', () => {
  it('holds the build with its types and maps, what it reads at run time, and no install script', async () => {
    const own = (await filesUnder(installed)).filter((file) => !file.startsWith('node_modules/'));
    expect(own).toContain('dist/index.js');
    expect(own).toContain('dist/index.d.ts');
    expect(own).toContain('dist/index.js.map');
    expect(own).toContain('dist/testing/index.d.ts');
    // The default demo store, prepared by the build: a fresh `serve` copies it instead of seeding.
    expect(own).toContain('dist/prepared/store.json');
    // Its SHA-256: without it the prepared store is never trusted, and every start seeds.
    expect(own).toContain('dist/prepared/store.json.sha256');
    expect(own).toContain('spec/triton.yaml');
    expect(own).toContain('src/core/pages/static/index.html');
    expect(own).toContain('contracts/facsimile-consumer-scalr.json');
    expect(own).toContain('LICENSE');
    // Type declarations of bundled dependencies weigh megabytes and never run.
    expect(own.filter((file) => file.startsWith('node_modules/@types/'))).toEqual([]);
    const stray = own.filter(
      (file) =>
        /^(test|bench|scripts|patches)\//.test(file) || /\.ts$/.test(file.replace(/\.d\.ts$/, '')),
    );
    expect(stray).toEqual([]);
    const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.scripts ?? {})).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^((pre|post)?install|prepare)$/)]),
    );
    expect(manifest.dependencies).not.toHaveProperty('tsx');
    expect(manifest.dependencies).toHaveProperty('@pact-foundation/pact');
    expect(existsSync(join(dir, 'node_modules', 'tsx'))).toBe(false);
  });

  it('carries the express-openapi-validator fixes without patching anything at install', async () => {
    const fromBuild = createRequire(join(installed, 'dist', 'core', 'spec-validation.js'));
    const validator = fromBuild.resolve('express-openapi-validator');
    expect(validator.startsWith(join(installed, 'node_modules'))).toBe(true);
    const at = (file: string) => readFile(join(validator, '..', file), 'utf8');
    expect(await at('middlewares/openapi.metadata.js')).toContain('routesFor(strict, sensitive)');
    expect(await at('framework/index.js')).toMatch(/if \(validateApiSpec\) \{\s*\/\/ Compiling/);
  });

  it('serves with `npx facsimile serve`, from the build', { timeout: RUN_MS }, async () => {
    const child = spawn('npx', ['facsimile', 'serve', '--port', '0', '--no-api-ports'], {
      cwd: dir,
      env: consumerEnv(),
      detached: true,
    });
    try {
      let out = '';
      child.stderr.on('data', (chunk) => (out += chunk));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const found = /(http:\/\/127\.0\.0\.1:\d+)\/triton/.exec(out);
          if (found) resolve(found[1]!);
        });
        child.on('exit', () => reject(new Error(`facsimile serve exited:\n${out}`)));
      });
      const res = await fetch(`${url}/triton/demo/users/bob`, {
        headers: { authorization: 'Bearer facsimile-demo' },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { login: string }).login).toBe('bob');
      // Nothing but the build can have answered: the package has no sources and no loader.
      expect(existsSync(join(installed, 'src', 'cli.ts'))).toBe(false);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });

  it('installs with no word from npm about facsimile, and says how big it is', () => {
    expect(project.installLog).not.toMatch(/facsimile@[\d.]+ \(/);
    const { size, unpackedSize, entryCount } = project.summary;
    process.stdout.write(
      `tarball: ${size} bytes packed, ${unpackedSize} unpacked, ${entryCount} files\n`,
    );
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const sentence = tarballSentence(project.summary);
    expect(readme.includes(sentence), `README.md should say: ${sentence}`).toBe(true);
  });

  it('passes publint and arethetypeswrong', { timeout: RUN_MS }, async () => {
    const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
    const publint = await run(dir, bin('publint'), ['run', '--strict', project.tarball]);
    expect(publint.stdout).toContain('All good!');
    // attw exits non-zero on a problem. It cannot know that Node 20.19 and later require() an ES
    // module, so that one rule is off; `facsimile/testing` has a CommonJS build and is checked whole.
    const attw = await run(dir, bin('attw'), [
      project.tarball,
      ...['--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii'],
    ]);
    expect(attw.stdout).toMatch(/"facsimile\/testing"\s+node16 \(from CJS\): 🟢 \(CJS\)/);
    process.stdout.write(`${publint.stdout}\n${attw.stdout}\n`);
  });

  it(
    'starts from the README’s ESM example and from CommonJS require',
    { timeout: RUN_MS },
    async () => {
      expect((await node('stub.mjs')).stdout).toMatch(/^200 \d+$/m);
      const required = lastLine((await node('require.cjs')).stdout);
      expect(required.status).toBe(200);
      expect(required.users).toBeGreaterThan(0);
    },
  );

  it(
    'type-checks a TypeScript file against the published types, skipLibCheck off',
    { timeout: RUN_MS },
    async () => {
      await node(join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json');
    },
  );

  it(
    'runs the README’s vitest files beside a second file, each with its own fault rule',
    { timeout: RUN_MS },
    async () => {
      const vitest = await node(
        join('node_modules', 'vitest', 'vitest.mjs'),
        ...['run', 'triton.test.mjs', 'verbs.vitest.test.mjs', '--maxWorkers=2'],
      );
      expect(vitest.stdout).toMatch(/Test Files\s+2 passed/);
      expect(vitest.stdout).toMatch(/Tests\s+6 passed/);
    },
  );

  it('runs the README’s node:test file with its own stub', { timeout: RUN_MS }, async () => {
    const nodeTest = await node('--test', 'scalr.test.mjs');
    expect(nodeTest.stdout).toMatch(/# pass 1\n# fail 0/);
  });

  it('runs every shell and console block of the README', { timeout: 6 * RUN_MS }, async () => {
    await runReadme(dir);
  });

  it.skipIf(skipWithoutChromium())(
    'runs a Playwright e2e test of an app pointed at the stub',
    async () => {
      const e2e = await node('--test', 'users.e2e.test.mjs');
      expect(e2e.stdout).toMatch(/# pass 1\n# fail 0/);
    },
  );
});
