// Prints the figures the README quotes: the interactions of each generated contract and the
// size of the packed package. `npm run figures`; test/package/consumer.test.ts checks the README.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PackSummary {
  size: number;
  unpackedSize: number;
  entryCount: number;
}

/**
 * How the README writes a tarball's size: packed megabytes with one decimal, unpacked ones
 * whole, files to the hundred (a new source file adds three files and a few kilobytes; the
 * README should not change for each).
 */
export function tarballFigures(pack: PackSummary) {
  return {
    packed: (pack.size / 1e6).toFixed(1),
    unpacked: String(Math.round(pack.unpackedSize / 1e6)),
    files: (Math.round(pack.entryCount / 100) * 100).toLocaleString('en-US'),
  };
}

/** The sentence of the README that carries them. */
export function tarballSentence(pack: PackSummary): string {
  const { packed, unpacked, files } = tarballFigures(pack);
  return `the tarball is about ${packed} MB instead of well under 1 MB (about ${unpacked} MB unpacked and ${files} files)`;
}

if (import.meta.filename === process.argv[1]) {
  const root = join(import.meta.dirname, '..');
  for (const file of readdirSync(join(root, 'contracts')).sort()) {
    const pact = JSON.parse(readFileSync(join(root, 'contracts', file), 'utf8')) as {
      interactions: unknown[];
    };
    console.log(`contracts/${file}: ${pact.interactions.length} interactions`);
  }
  // `prepack` builds dist/ first, so the figures are those of what `npm pack` ships.
  const listed = execFileSync('npm', ['pack', '--dry-run', '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  const [summary] = JSON.parse(listed) as PackSummary[];
  if (summary) console.log(tarballSentence(summary));
}
