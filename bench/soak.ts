// `npm run soak`: run by hand, never in CI. Starts `facsimile serve` on loopback with a store on
// disk, mixes normal traffic with the hostile requests of issue 22 for 30 minutes, restarts it
// on the same store, and reports: the store loads, every acknowledged write is there, RSS stayed
// bounded. Bounded in time (--minutes, at most 240) and in count (--max-requests).
//   npm run soak -- --minutes 3            a short run
//   npm run soak -- --workers 2            fewer requests in flight (default 4)
//   npm run soak -- --rate 400             requests a second at most, in all (default 100)
import { rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  freePort,
  killAll,
  peakRssMb,
  rssMb,
  spawnServer,
  stopServer,
  waitUntilServing,
  type ServerProcess,
} from './processes.ts';
import { ACTIONS, missingOf, pick, type Target } from './soak-requests.ts';

const MAX_MINUTES = 240;
const RSS_SAMPLE_MS = 5_000;

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    workers: { type: 'string', default: '4' },
    rate: { type: 'string', default: '100' },
    'max-requests': { type: 'string', default: '2000000' },
  },
});
const minutes = Math.min(MAX_MINUTES, Number(values.minutes));
const workers = Math.max(1, Math.min(16, Number(values.workers)));
const maxRequests = Number(values['max-requests']);
/** Each worker waits this long after each answer: about --rate requests a second in all. */
const pause = (workers * 1000) / Math.max(1, Number(values.rate));
if (!(minutes > 0) || !(maxRequests > 0))
  throw new Error('--minutes and --max-requests: positive numbers');

async function start(db: string): Promise<{ server: ServerProcess; loadMs: number }> {
  const port = await freePort();
  const args = ['bin/facsimile.js', 'serve', '--host', '127.0.0.1', '--port', String(port)];
  args.push('--no-api-ports', '--db', db, '--log-level', 'error');
  const server = spawnServer({ name: 'facsimile', args, port });
  const loadMs = await waitUntilServing(server, '/__facsimile/health', {}, 120_000);
  return { server, loadMs };
}

interface Tally {
  sent: number;
  unexpected: number;
  failed: number;
  /** The first unexpected answer or failure, for the report. */
  example?: string;
}

async function soak(target: Target, until: number, server: ServerProcess) {
  const tallies = new Map<string, Tally>(
    ACTIONS.map((action) => [action.name, { sent: 0, unexpected: 0, failed: 0 }]),
  );
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(rssMb(server.pid) ?? 0), RSS_SAMPLE_MS);
  let n = 0;
  const worker = async () => {
    while (performance.now() < until && n < maxRequests) {
      const action = pick(Math.random());
      const tally = tallies.get(action.name) as Tally;
      tally.sent += 1;
      try {
        const outcome = await action.run(target, (n += 1));
        if (outcome !== true) {
          tally.unexpected += 1;
          tally.example ??= outcome;
        }
      } catch (error) {
        tally.failed += 1;
        tally.example ??= String(error);
      }
      await sleep(pause);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  clearInterval(sampler);
  return { tallies, rss, requests: n };
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'facsimile-soak-'));
  const db = join(dir, 'db.json');
  try {
    const first = await start(db);
    const rssAtStart = rssMb(first.server.pid) ?? 0;
    const target: Target = { base: first.server.url, written: [] };
    const startedAt = performance.now();
    console.log(`soak: ${minutes} min, ${workers} workers, store ${db}`);
    const { tallies, rss, requests } = await soak(
      target,
      startedAt + minutes * 60_000,
      first.server,
    );
    const seconds = (performance.now() - startedAt) / 1000;
    const peak = peakRssMb(first.server.pid) ?? 0;
    const stopped = await stopServer(first.server, 60_000);
    const storeMb = statSync(db).size / 1024 / 1024;
    const second = await start(db);
    const missing = await missingOf(second.server.url, target.written);
    await stopServer(second.server, 60_000);

    console.log(
      `\n${requests} requests in ${seconds.toFixed(0)} s (${(requests / seconds).toFixed(0)}/s)`,
    );
    console.log('action                               sent  unexpected  failed');
    for (const [name, tally] of tallies)
      console.log(
        `${name.padEnd(36)} ${String(tally.sent).padStart(5)} ${String(tally.unexpected).padStart(11)} ${String(tally.failed).padStart(7)}`,
      );
    for (const [name, tally] of tallies)
      if (tally.example) console.log(`  ${name}: e.g. ${tally.example}`);
    const last = rss.at(-1) ?? 0;
    console.log(
      `\nRSS MB: start ${rssAtStart.toFixed(0)}, peak ${peak.toFixed(0)}, last sample ${last.toFixed(0)}`,
    );
    console.log(
      `stop: ${stopped.ms.toFixed(0)} ms (code ${stopped.code}${stopped.killed ? ', killed' : ''})`,
    );
    console.log(
      `store: ${storeMb.toFixed(1)} MB on disk; restart served in ${second.loadMs.toFixed(0)} ms`,
    );
    console.log(
      `acknowledged writes: ${target.written.length}, missing after restart: ${missing.length}`,
    );
    const bad = [...tallies.values()].reduce((sum, t) => sum + t.unexpected + t.failed, 0);
    process.exitCode = missing.length > 0 || bad > 0 || stopped.killed ? 1 : 0;
  } finally {
    killAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
