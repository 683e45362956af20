import { appendFile, readFile, truncate } from 'node:fs/promises';
import { scanLogFile } from './log-lines.ts';
import { StoreLock, storePath } from './lock.ts';

/** What `repairLog` cut from one log file. */
export interface LogCut {
  file: string;
  /** The first line cut (1-based): the damaged one. */
  fromLine: number;
  lines: number;
  bytes: number;
  /** Where the cut bytes were kept. */
  keptIn: string;
}

/**
 * Cuts a store's change log back to its last good line (`facsimile repair`):
 * the first line that is not a whole entry and everything after it, in the
 * moved-aside log and then the current one, since every later change may
 * build on the damaged one. The cut bytes are appended to `<log>.cut` first,
 * so nothing is destroyed. Holds the store's lock meanwhile.
 */
export async function repairLog(
  storeFile: string,
  announce: (cut: LogCut) => void = () => undefined,
): Promise<LogCut[]> {
  const lock = new StoreLock(storeFile);
  await lock.acquire();
  try {
    const cuts: LogCut[] = [];
    let cutting = false;
    const path = storePath(storeFile);
    for (const file of [`${path}.log.old`, `${path}.log`]) {
      const scan = await scanLogFile(file);
      if (!scan) continue;
      const from = cutting ? 0 : scan.goodBytes;
      if (from >= scan.totalBytes) continue;
      const damaged = scan.badLine === undefined ? 0 : 1 + (scan.linesAfter ?? 0);
      const cut: LogCut = {
        file,
        fromLine: cutting ? 1 : (scan.badLine ?? 1),
        lines: cutting ? scan.entries.length + damaged : damaged,
        bytes: scan.totalBytes - from,
        keptIn: `${file}.cut`,
      };
      announce(cut);
      await appendFile(cut.keptIn, (await readFile(file)).subarray(from));
      await truncate(file, from);
      cuts.push(cut);
      // Changes logged after a damaged line may build on it; after a torn last line they do not.
      if (!scan.badIsLast) cutting = true;
    }
    return cuts;
  } finally {
    await lock.release();
  }
}
