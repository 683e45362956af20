// How long a compaction of a store holds the event loop at a time: the store opened as the stub
// opens it, then its view taken and written out as a compaction takes and writes it, with a 1 ms
// timer watching for the longest stretch the loop could not run. Prints one JSON line.
// `node --import tsx bench/compaction-block-run.ts <db.json>` (writes a copy beside it, then removes it)
import { rm } from 'node:fs/promises';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { allApis } from '../src/apis/index.ts';
import { Runtime } from '../src/core/state/index.ts';
import { FileStore } from '../src/core/state/file/file-store.ts';
import { writeStoreFile } from '../src/core/state/file/store-file.ts';

interface Blocks {
  /** The longest stretch the loop could not run, in ms. */
  longestMs: number;
  /** How many stretches were longer than 10 ms. */
  over10: number;
  /** The longest garbage collection pause meanwhile, in ms. */
  longestGcMs: number;
}

/** Watches the event loop with a 1 ms timer while `work` runs. */
async function watched<T>(work: () => Promise<T>): Promise<{ result: T; blocks: Blocks }> {
  const blocks: Blocks = { longestMs: 0, over10: 0, longestGcMs: 0 };
  const gaps = (gap: number) => {
    blocks.longestMs = Math.max(blocks.longestMs, gap);
    if (gap > 10) blocks.over10 += 1;
  };
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    gaps(now - last - 1);
    last = now;
  }, 1);
  const collections = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      blocks.longestGcMs = Math.max(blocks.longestGcMs, entry.duration);
  });
  collections.observe({ entryTypes: ['gc'] });
  try {
    const result = await work();
    gaps(performance.now() - last - 1);
    return { result, blocks };
  } finally {
    clearInterval(timer);
    collections.disconnect();
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

const db = process.argv[2] ?? '';
const runtime = await Runtime.start(new FileStore(db), allApis, { seed: 0, users: 0 });
await runtime.close();
const copy = `${db}.compaction-block`;
const startedAt = performance.now();
// As a compaction takes it: each table frozen on its own, with the loop free in between.
const take = await watched(async () => {
  const taken = runtime.takeView(true);
  for (const step of taken.steps ?? []) {
    await new Promise((resolve) => setImmediate(resolve));
    step();
  }
  return taken;
});
const write = await watched(() => writeStoreFile(copy, take.result.view));
const totalMs = performance.now() - startedAt;
take.result.release();
await rm(copy, { force: true });
console.log(
  JSON.stringify({
    takeLongestBlockMs: round(take.blocks.longestMs),
    takeLongestGcMs: round(take.blocks.longestGcMs),
    writeLongestBlockMs: round(write.blocks.longestMs),
    writeBlocksOver10Ms: write.blocks.over10,
    writeLongestGcMs: round(write.blocks.longestGcMs),
    totalMs: Math.round(totalMs),
    bytes: write.result,
  }),
);
