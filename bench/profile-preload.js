// Loaded with `--import` into a server under `bench/profile.ts`. SIGUSR2 starts a CPU profile
// and a count of garbage collections by kind (so the start-up stays out of per-request
// figures); SIGTERM writes both to PROFILE_DIR and exits normally, which also lets
// `--cpu-prof` write its own (a process killed by a signal writes none).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import process from 'node:process';
import { PerformanceObserver, constants } from 'node:perf_hooks';

const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};
let counts = {};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = KINDS[entry.detail?.kind] ?? 'other';
    const figure = (counts[kind] ??= { count: 0, ms: 0, maxMs: 0 });
    figure.count += 1;
    figure.ms += entry.duration;
    figure.maxMs = Math.max(figure.maxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

const dir = process.env.PROFILE_DIR ?? '.';
let session;
process.on('SIGUSR2', async () => {
  counts = {};
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
});

process.prependListener('SIGTERM', async () => {
  writeFileSync(join(dir, 'gc.json'), JSON.stringify(counts));
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(dir, 'load.cpuprofile.json'), JSON.stringify(profile));
  }
  process.exit(0);
});
