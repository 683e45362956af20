import { join } from 'node:path';
import { startBare, startPrism, type CannedAnswer } from './baselines.ts';
import type { BenchConfig } from './config.ts';
import { startFacsimile } from './facsimile.ts';
import { loadSettings, measure, type LoadSettings, type Throughput } from './load.ts';
import { cpuUs, rssMb, stopServer, type ServerProcess } from './processes.ts';
import { attempt, noteOddities, type ReadFigures, type Results } from './results.ts';
import { DEMO_AUTH, READ_OPERATIONS, type ReadOperation } from './scenarios.ts';
import { sequentialGets, type SequentialLatency } from './sequential.ts';

/** The one-connection row's requests (issue 24). */
const SEQUENTIAL_REQUESTS = 2_000;

/**
 * The read path through the whole stub (auth, request validation, store
 * read, response validation) with default fixtures, against bare node:http
 * and Express serving the stub's own bytes and Prism serving the same
 * operation.
 */
export async function measureReadPath(
  config: BenchConfig,
  results: Results,
  dir: string,
): Promise<void> {
  const core = config.pinning.serverCore;
  const settings = loadSettings(config);
  const { server: stub } = await startFacsimile({
    db: join(dir, 'read-path', 'db.json'),
    core,
    timeoutMs: 60_000,
  });
  const servers: ServerProcess[] = [stub];
  try {
    const answers = await Promise.all(READ_OPERATIONS.map((op) => cannedAnswer(stub.url, op)));
    const http = await attempt(results, 'bare node:http', () =>
      startBare('http', answers, dir, core),
    );
    const express = await attempt(results, 'bare Express', () =>
      startBare('express', answers, dir, core),
    );
    const validator = await attempt(results, 'Express + express-openapi-validator', () =>
      startBare('validator', answers, dir, core),
    );
    const prisms = await Promise.all(
      READ_OPERATIONS.map((op) =>
        attempt(results, `Prism for ${op.api}`, () => startPrism(op.api, op.path, DEMO_AUTH, core)),
      ),
    );
    for (const server of [http?.server, express?.server, validator?.server, ...prisms])
      if (server) servers.push(server);

    for (const [at, op] of READ_OPERATIONS.entries()) {
      const figures: ReadFigures = {};
      results.read.set(op.key, figures);
      const run = (what: string, base: string | undefined, path: string, pid?: number) =>
        base === undefined
          ? Promise.resolve(undefined)
          : measureGet(results, `${op.title} on ${what}`, `${base}${path}`, settings, pid);
      const prefixed = `/${op.api}${op.path}`;
      // The stub right after Express, the ratio the target is on, so drift between runs
      // on this shared machine weighs least on it.
      figures.express = await run('bare Express', express?.server.url, prefixed);
      figures.stub = await run('facsimile', stub.url, prefixed, stub.pid);
      figures.prism = await run('Prism', prisms[at]?.url, op.path);
      figures.http = await run('bare node:http', http?.server.url, prefixed);
      figures.validator = await run(
        'Express + express-openapi-validator',
        validator?.server.url,
        prefixed,
        validator?.server.pid,
      );
      figures.sequential = {
        express: await sequential(results, op, 'bare Express', express?.server.url),
        stub: await sequential(results, op, 'facsimile', stub.url),
      };
      figures.stubRssMb = rssMb(stub.pid);
      await notePrismAnswer(results, op, prisms[at]?.url, answers[at]);
    }
    if (http) results.baselineRss.http = rssMb(http.server.pid);
    if (express) results.baselineRss.express = rssMb(express.server.pid);
  } finally {
    await Promise.all(servers.map((server) => stopServer(server)));
  }
}

/** SEQUENTIAL_REQUESTS GETs one after the other on one connection. */
function sequential(
  results: Results,
  op: ReadOperation,
  what: string,
  base: string | undefined,
): Promise<SequentialLatency | undefined> {
  if (base === undefined) return Promise.resolve(undefined);
  return attempt(results, `${op.title} on ${what}, one connection`, () =>
    sequentialGets(`${base}/${op.api}${op.path}`, DEMO_AUTH, SEQUENTIAL_REQUESTS),
  );
}

/**
 * A GET answered 200 under load; a failure or odd statuses go in the notes. Given the server's
 * pid, also its CPU time per request served in the measured run: unlike throughput, what other
 * work on a shared machine takes of the core does not count against it.
 */
export function measureGet(
  results: Results,
  what: string,
  url: string,
  settings: LoadSettings,
  pid?: number,
): Promise<Throughput | undefined> {
  return attempt(results, what, async () => {
    let cpuBefore: number | undefined;
    const settle = async () => {
      cpuBefore = pid === undefined ? undefined : cpuUs(pid);
    };
    const throughput = await measure({ url, headers: DEMO_AUTH, expect: 200, settle }, settings);
    const cpuAfter = pid === undefined ? undefined : cpuUs(pid);
    if (cpuBefore !== undefined && cpuAfter !== undefined && throughput.served > 0)
      throughput.cpuUsPerRequest = (cpuAfter - cpuBefore) / throughput.served;
    noteOddities(results, what, throughput);
    return throughput;
  });
}

/** The stub's answer to `op`, which the bare servers then send byte for byte. */
export async function cannedAnswer(stubUrl: string, op: ReadOperation): Promise<CannedAnswer> {
  const response = await fetch(`${stubUrl}/${op.api}${op.path}`, { headers: DEMO_AUTH });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200)
    throw new Error(`${op.title} answered ${response.status}: ${body.toString('utf8')}`);
  return {
    path: `/${op.api}${op.path.split('?', 1)[0] ?? ''}`,
    contentType: response.headers.get('content-type') ?? 'application/json',
    body: body.toString('base64'),
  };
}

/** Prism answers the spec's example, not the stored record: its size goes in the notes. */
async function notePrismAnswer(
  results: Results,
  op: ReadOperation,
  prismUrl: string | undefined,
  stubAnswer: CannedAnswer | undefined,
): Promise<void> {
  if (!prismUrl || !stubAnswer) return;
  const response = await fetch(`${prismUrl}${op.path}`, { headers: DEMO_AUTH });
  const bytes = (await response.arrayBuffer()).byteLength;
  const stubBytes = Buffer.from(stubAnswer.body, 'base64').length;
  results.notes.push(
    `${op.title}: Prism answers ${response.status} with ${bytes} bytes, facsimile 200 with ${stubBytes} bytes`,
  );
}
