import { realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tritonApi } from '../src/apis/triton/index.ts';
import { DEFAULT_SEED, seedApi } from '../src/core/state/seeding.ts';
import type { ApiName } from '../src/core/specs/spec-files.ts';
import type { TritonData } from '../src/apis/triton/state.ts';
import {
  freePort,
  spawnServer,
  stopServer,
  waitUntilServing,
  type ServerProcess,
} from './processes.ts';

export const ROOT = join(import.meta.dirname, '..');
export const BASELINE_SERVER = join(import.meta.dirname, 'baseline-server.js');
const VALIDATOR_FLOOR = join(import.meta.dirname, 'validator-floor.ts');
const START_TIMEOUT_MS = 60_000;

const binScript = (name: string) => realpathSync(join(ROOT, 'node_modules', '.bin', name));

/** One canned answer; `body` is base64 so the bytes survive the JSON file untouched. */
export interface CannedAnswer {
  /** Path without the query string. */
  path: string;
  contentType: string;
  body: string;
}

/**
 * `http` and `express` are bare servers answering the stub's own bytes, run by
 * plain node as the stub's build is. `validator` is Express plus the stub's own
 * express-openapi-validator set-up answering the same bodies (through tsx: it
 * only serves throughput figures, never start-up).
 */
export type BareKind = 'http' | 'express' | 'validator';

/** A baseline server answering `answers` (the stub's own answers to the read path). */
export async function startBare(
  kind: BareKind,
  answers: CannedAnswer[],
  dir: string,
  core: number | undefined,
  nodeFlags: string[] = [],
): Promise<{ server: ServerProcess; startupMs: number }> {
  const file = join(dir, `answers-${kind}-${Date.now()}.json`);
  await writeFile(file, JSON.stringify(answers));
  const port = await freePort();
  const server = spawnServer({
    name: `bare ${kind}`,
    args: [
      ...nodeFlags,
      ...(kind === 'validator'
        ? ['--import', 'tsx', VALIDATOR_FLOOR, String(port), file]
        : [BASELINE_SERVER, kind, String(port), file]),
    ],
    port,
    core,
    cwd: ROOT,
  });
  const first = answers[0]?.path ?? '/';
  return { server, startupMs: await ready(server, first, {}) };
}

/** Prism's mock of one spec, quiet, serving the spec's examples at its root. */
export async function startPrism(
  api: ApiName,
  readyPath: string,
  headers: Record<string, string>,
  core: number | undefined,
): Promise<ServerProcess> {
  const port = await freePort();
  const server = spawnServer({
    name: `Prism (${api})`,
    args: [
      binScript('prism'),
      'mock',
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-v',
      'silent',
      join(ROOT, 'spec', `${api}.yaml`),
    ],
    port,
    core,
    cwd: ROOT,
  });
  await ready(server, readyPath, headers);
  return server;
}

/** json-server 0.17 over `dbFile` (creates go to its `users` collection). */
export async function startJsonServer(
  dbFile: string,
  core: number | undefined,
): Promise<ServerProcess> {
  const port = await freePort();
  const server = spawnServer({
    name: 'json-server',
    args: [binScript('json-server'), '--port', String(port), '--host', '127.0.0.1', '-q', dbFile],
    port,
    core,
    cwd: ROOT,
  });
  // Its home page: GET /users would serialise the whole collection.
  await ready(server, '/', {});
  return server;
}

/**
 * json-server's database: the same Triton users facsimile seeds (fixtures and
 * `users` demo users, by the same code and seed), as one `users` collection.
 */
export async function writeJsonServerDb(file: string, users: number): Promise<number> {
  const triton = seedApi(tritonApi(), { seed: DEFAULT_SEED, users }) as TritonData;
  const collection = triton.users.map((row) => row.user);
  await writeFile(file, JSON.stringify({ users: collection }));
  return collection.length;
}

async function ready(
  server: ServerProcess,
  path: string,
  headers: Record<string, string>,
): Promise<number> {
  try {
    return await waitUntilServing(server, path, headers, START_TIMEOUT_MS);
  } catch (error) {
    await stopServer(server, 1_000);
    throw error;
  }
}
