import { join } from 'node:path';
import type { BenchConfig } from './config.ts';
import { startFacsimile } from './facsimile.ts';
import { loadSettings } from './load.ts';
import { stopServer, type ServerProcess } from './processes.ts';
import { measureGet } from './read-path.ts';
import type { Results } from './results.ts';
import { LOOKUP_OPERATIONS, type ReadOperation } from './scenarios.ts';

/**
 * Each lookup on a stub with `smallUsers` users per API and on the large one,
 * back to back so the machine's drift weighs little on their ratio. Runs are
 * half as long as the others (at least 2 s) to keep the bench within its time.
 */
export async function measureLookups(
  config: BenchConfig,
  results: Results,
  dir: string,
  large: ServerProcess,
): Promise<void> {
  const { server: small } = await startFacsimile({
    db: join(dir, 'lookups', 'db.json'),
    users: config.smallUsers,
    core: config.pinning.serverCore,
    timeoutMs: 60_000,
  });
  const settings = { ...loadSettings(config), seconds: Math.max(2, config.seconds / 2) };
  const run = (op: ReadOperation, server: ServerProcess, users: number) =>
    measureGet(
      results,
      `${op.title} (${users.toLocaleString('en-US')} users/API)`,
      `${server.url}/${op.api}${op.path}`,
      settings,
    );
  try {
    for (const op of LOOKUP_OPERATIONS) {
      results.lookups.set(op.key, {
        small: await run(op, small, config.smallUsers),
        large: await run(op, large, config.largeUsers),
      });
    }
  } finally {
    await stopServer(small);
  }
}
