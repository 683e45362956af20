import { join } from 'node:path';
import { ROOT } from './baselines.ts';
import type { BenchConfig } from './config.ts';
import { runToEnd } from './processes.ts';
import type { CompactionBlock, Results } from './results.ts';
import { below, type Row } from './table.ts';

// Issue 19: a compaction while serving holds the event loop a few milliseconds at a time at most.
const COMPACTION_BLOCK_MS = 10;

/** Opens `db` in a process of its own, under the heap ceiling the server gets, and compacts it. */
export async function measureCompactionBlock(
  db: string,
  core: number | undefined,
  env: Record<string, string>,
): Promise<CompactionBlock> {
  const { output } = await runToEnd({
    name: 'compaction block',
    args: ['--import', 'tsx', join(ROOT, 'bench', 'compaction-block-run.ts'), db],
    core,
    cwd: ROOT,
    env,
  });
  const line = output.split('\n').find((text) => text.startsWith('{"takeLongestBlockMs"'));
  if (!line) throw new Error(`the compaction measure printed no figure:\n${output}`);
  return JSON.parse(line) as CompactionBlock;
}

export function compactionRows({ largeCompaction: figures }: Results, config: BenchConfig): Row[] {
  const large = `${config.largeUsers.toLocaleString('en-US')} users/API`;
  const gc = 'longest GC pause meanwhile';
  return [
    {
      figure: `compaction, ${large}: longest event-loop block taking its view`,
      value: figures?.takeLongestBlockMs,
      unit: 'ms',
      baseline: { label: gc, value: figures?.takeLongestGcMs },
      target: below(COMPACTION_BLOCK_MS, 'ms'),
    },
    {
      figure: `compaction, ${large}: longest event-loop block writing the file`,
      value: figures?.writeLongestBlockMs,
      unit: 'ms',
      baseline: { label: gc, value: figures?.writeLongestGcMs },
      target: below(COMPACTION_BLOCK_MS, 'ms'),
    },
    {
      figure: `compaction, ${large}: whole compaction, nothing else running`,
      value: figures?.totalMs,
      unit: 'ms',
    },
  ];
}
