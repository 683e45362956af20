import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BASELINE_SERVER, ROOT, startBare } from './baselines.ts';
import type { BenchConfig } from './config.ts';
import { freePort, runToEnd, spawnServer, stopServer, waitUntilServing } from './processes.ts';
import type { Results } from './results.ts';
import { DEMO_AUTH } from './scenarios.ts';

const PROBE = join(ROOT, 'bench', 'start-probe.js');
const BIN = join(ROOT, 'bin', 'facsimile.js');
/** npm's own npx, run by node so that pinning applies to it as to every server. */
const NPX = join(
  dirname(process.execPath),
  '..',
  'lib',
  'node_modules',
  'npm',
  'bin',
  'npx-cli.js',
);
const READY_PATH = '/scalingo/v1/users/self';
const TIMEOUT_MS = 30_000;
/** Bare Express's one answer, and the file in the consumer project that holds it for npx. */
const BARE_OK = [
  { path: '/', contentType: 'text/plain', body: Buffer.from('ok').toString('base64') },
];
const BARE_ANSWERS = 'bare-answers.json';

/**
 * What a test suite pays to start facsimile, each a median of a few fresh
 * processes beside a bare Express app measured the same way: the package's
 * import plus the first `startStub()`, a second `startStub()` in that process,
 * and the first answer after `npx facsimile serve`.
 */
export async function measurePackageStart(
  config: BenchConfig,
  results: Results,
  dir: string,
): Promise<void> {
  const core = config.pinning.serverCore;
  const consumer = await consumerDir(dir);
  const samples = {
    stub: [] as Probe[],
    express: [] as Probe[],
    npx: [] as number[],
    npxBare: [] as number[],
    bare: [] as number[],
    help: [] as number[],
    node: [] as number[],
  };
  for (let run = 0; run < config.startupRuns; run += 1) {
    samples.stub.push(await probe('facsimile', core));
    samples.express.push(await probe('express', core));
    samples.npx.push(await npxServe(consumer, join(dir, `npx-${run}`, 'db.json'), core));
    samples.npxBare.push(await npxBareExpress(consumer, core));
    const bare = await startBare('express', BARE_OK, dir, core);
    samples.bare.push(bare.startupMs);
    await stopServer(bare.server);
    samples.help.push(
      (await runToEnd({ name: 'facsimile --help', args: [BIN, '--help'], core })).ms,
    );
    samples.node.push((await runToEnd({ name: 'node -e 0', args: ['-e', '0'], core })).ms);
  }
  results.packageStart = {
    stubFirstMs: median(samples.stub.map((sample) => sample.firstMs)),
    stubSecondMs: median(samples.stub.map((sample) => sample.secondMs)),
    expressFirstMs: median(samples.express.map((sample) => sample.firstMs)),
    expressSecondMs: median(samples.express.map((sample) => sample.secondMs)),
    npxServeMs: median(samples.npx),
    bareExpressMs: median(samples.bare),
    npxBareExpressMs: median(samples.npxBare),
    stubFirstRequestMs: median(samples.stub.map((sample) => sample.firstRequestMs)),
    expressFirstRequestMs: median(samples.express.map((sample) => sample.firstRequestMs)),
    helpMs: median(samples.help),
    nodeMs: median(samples.node),
  };
}

interface Probe {
  firstMs: number;
  secondMs: number;
  firstRequestMs: number;
}

async function probe(kind: 'facsimile' | 'express', core: number | undefined): Promise<Probe> {
  const { output } = await runToEnd({
    name: `start probe (${kind})`,
    args: [PROBE, kind],
    core,
    cwd: ROOT,
  });
  const line = output.split('\n').find((text) => text.startsWith('{"firstMs"'));
  if (!line) throw new Error(`start probe (${kind}) printed no figure:\n${output}`);
  return JSON.parse(line) as Probe;
}

/** A project with facsimile installed (linked to this checkout), where `npx facsimile` finds it. */
async function consumerDir(dir: string): Promise<string> {
  const consumer = join(dir, 'consumer');
  await mkdir(join(consumer, 'node_modules', '.bin'), { recursive: true });
  await writeFile(join(consumer, 'package.json'), '{"private": true}');
  await symlink(ROOT, join(consumer, 'node_modules', 'facsimile'));
  await symlink(
    join('..', 'facsimile', 'bin', 'facsimile.js'),
    join(consumer, 'node_modules', '.bin', 'facsimile'),
  );
  const bareBin = join(consumer, 'node_modules', '.bin', 'bare-express');
  await writeFile(
    bareBin,
    `#!/usr/bin/env node\nawait import(${JSON.stringify(pathToFileURL(BASELINE_SERVER).href)});\n`,
  );
  await chmod(bareBin, 0o755);
  await writeFile(join(consumer, BARE_ANSWERS), JSON.stringify(BARE_OK));
  return consumer;
}

async function npxServe(consumer: string, db: string, core: number | undefined): Promise<number> {
  return timeNpx(consumer, core, {
    name: 'npx facsimile serve',
    args: (port) => [
      'facsimile',
      'serve',
      '--port',
      port,
      '--no-api-ports',
      '--log-level',
      'warn',
      '--db',
      db,
    ],
    readyPath: READY_PATH,
    headers: DEMO_AUTH,
  });
}

/**
 * Bare Express started the way `npx facsimile serve` is, through npx and a bin in the
 * project: the baseline that leaves npm's own time out of the ratio.
 */
async function npxBareExpress(consumer: string, core: number | undefined): Promise<number> {
  const answers = join(consumer, BARE_ANSWERS);
  return timeNpx(consumer, core, {
    name: 'npx bare Express',
    args: (port) => ['bare-express', 'express', port, answers],
    readyPath: '/',
    headers: {},
  });
}

/** Milliseconds from spawning `npx <args>` in `consumer` to the first 200 on `readyPath`. */
async function timeNpx(
  consumer: string,
  core: number | undefined,
  run: {
    name: string;
    args: (port: string) => string[];
    readyPath: string;
    headers: Record<string, string>;
  },
): Promise<number> {
  const port = await freePort();
  const server = spawnServer({
    name: run.name,
    args: [NPX, ...run.args(String(port))],
    port,
    core,
    cwd: consumer,
  });
  try {
    return await waitUntilServing(server, run.readyPath, run.headers, TIMEOUT_MS);
  } finally {
    await stopServer(server);
  }
}

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
