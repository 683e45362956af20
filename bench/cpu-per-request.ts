// The server's own CPU time per request (user + system, from /proc), for each read on facsimile
// and on the Express + express-openapi-validator floor, with no profiler attached. Rounds
// alternate between the two and the least of each is kept: on a shared machine other work only
// ever adds time, so the minimum is the figure a change moves. Needs `npm run build` first.
// `node --import tsx bench/cpu-per-request.ts [all|<read key>] [requests] [rounds]` (10,000, 3).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startBare } from './baselines.ts';
import { startFacsimile } from './facsimile.ts';
import { cpuUs, killAll, stopServer, type ServerProcess } from './processes.ts';
import { cannedAnswer } from './read-path.ts';
import { DEMO_AUTH, READ_OPERATIONS } from './scenarios.ts';

async function perRequest(server: ServerProcess, path: string, requests: number) {
  const url = `${server.url}${path}`;
  const before = cpuUs(server.pid) ?? NaN;
  const result = await autocannon({ url, connections: 50, amount: requests, headers: DEMO_AUTH });
  if (result.non2xx > 0) throw new Error(`${path}: ${result.non2xx} answers were not 2xx`);
  return ((cpuUs(server.pid) ?? NaN) - before) / requests;
}

const [only = 'all', countText = '10000', roundsText = '3'] = process.argv.slice(2);
const requests = Number(countText);
const dir = await mkdtemp(join(tmpdir(), 'facsimile-cpu-'));
try {
  for (const op of READ_OPERATIONS) {
    if (only !== 'all' && only !== op.key) continue;
    const { server: stub } = await startFacsimile({
      db: join(dir, `${op.key}.json`),
      core: undefined,
      timeoutMs: 60_000,
    });
    const answer = await cannedAnswer(stub.url, op);
    const { server: floor } = await startBare('validator', [answer], dir, undefined);
    const path = `/${op.api}${op.path}`;
    const best = { stub: Infinity, floor: Infinity };
    await perRequest(stub, path, 2_000);
    await perRequest(floor, path, 2_000);
    for (let round = 0; round < Number(roundsText); round += 1) {
      best.stub = Math.min(best.stub, await perRequest(stub, path, requests));
      best.floor = Math.min(best.floor, await perRequest(floor, path, requests));
    }
    await Promise.all([stopServer(stub), stopServer(floor)]);
    console.log(
      `${op.title}: facsimile ${best.stub.toFixed(0)} µs, floor ${best.floor.toFixed(0)} µs, ` +
        `floor / facsimile ${(best.floor / best.stub).toFixed(2)}×`,
    );
  }
} finally {
  killAll();
  await rm(dir, { recursive: true, force: true });
}
