import { Command } from 'commander';
import { DEFAULT_DB } from './cli-config.ts';

const REPAIR_HELP = `
A start refuses a change log with a damaged line before its last one, since
replaying past it would lose changes without a word. This cuts the log back to
the line before the damage: the damaged line and every line after it (they may
build on it) are dropped, after saying so, and kept in <log>.cut. A line a
crash cut off at the very end is dropped too (a start does that by itself).

Example:
  $ facsimile repair --db .facsimile/db.json`;

/** `facsimile repair`: cuts a damaged change log back to its last good line. */
export function repairCommand(): Command {
  return new Command('repair')
    .description('cut a damaged change log back to its last good line (stop facsimile first)')
    .option('--db <path>', 'JSON store file whose change log to repair', DEFAULT_DB)
    .addHelpText('after', REPAIR_HELP)
    .action(async (opts: { db: string }) => {
      let cuts;
      try {
        const { repairLog } = await import('./core/state/index.ts');
        cuts = await repairLog(opts.db, (cut) =>
          console.log(
            `${cut.file}: dropping line ${cut.fromLine} and after (${cut.lines} line${cut.lines === 1 ? '' : 's'}, ${cut.bytes} bytes), kept in ${cut.keptIn}`,
          ),
        );
      } catch (error) {
        console.error(`error: could not repair ${opts.db}: ${(error as Error).message}`);
        process.exit(1);
      }
      console.log(
        cuts.length === 0
          ? `nothing to repair: the change log of ${opts.db} is whole`
          : `repaired: ${opts.db} starts with the changes before the damage`,
      );
    });
}
