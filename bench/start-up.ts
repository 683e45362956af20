import { join } from 'node:path';
import { startBare } from './baselines.ts';
import type { BenchConfig } from './config.ts';
import { startFacsimile } from './facsimile.ts';
import { rssMb, stopServer } from './processes.ts';
import type { Results } from './results.ts';

const START_TIMEOUT_MS = 30_000;

/**
 * Spawn to first 200, a few times each: a bare node:http server (through the
 * same tsx loader) and facsimile on a fresh store with default fixtures. The
 * median is kept, and the RSS at that first 200.
 */
export async function measureStartup(
  config: BenchConfig,
  results: Results,
  dir: string,
): Promise<void> {
  const core = config.pinning.serverCore;
  const bare: Sample[] = [];
  const stub: Sample[] = [];
  for (let run = 0; run < config.startupRuns; run += 1) {
    const { server, startupMs } = await startBare(
      'http',
      [{ path: '/', contentType: 'text/plain', body: Buffer.from('ok').toString('base64') }],
      dir,
      core,
    );
    bare.push({ ms: startupMs, rss: rssMb(server.pid) });
    await stopServer(server);
    const started = await startFacsimile({
      db: join(dir, `start-up-${run}`, 'db.json'),
      core,
      timeoutMs: START_TIMEOUT_MS,
    });
    stub.push({ ms: started.startupMs, rss: rssMb(started.server.pid) });
    await stopServer(started.server);
  }
  results.startup.bareMs = median(bare.map((sample) => sample.ms));
  results.startup.bareRssMb = median(bare.flatMap((sample) => sample.rss ?? []));
  results.startup.defaultMs = median(stub.map((sample) => sample.ms));
  results.startup.defaultRssMb = median(stub.flatMap((sample) => sample.rss ?? []));
}

interface Sample {
  ms: number;
  rss: number | undefined;
}

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
