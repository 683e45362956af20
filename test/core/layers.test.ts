// src/core's folders import one way: serving → control → state, with api/ and specs/ below
// them; a lower folder that reached back up would tie one request's path into a knot.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '../../src/core');
/** What each folder may not import: every folder above it. */
const ABOVE: Record<string, string[]> = {
  control: ['serving', 'admin', 'pages'],
  state: ['serving', 'control', 'admin', 'pages'],
  api: ['serving', 'control', 'admin', 'pages'],
  specs: ['serving', 'control', 'state', 'api', 'admin', 'pages'],
};

function upwardImports(folder: string): string[] {
  const found: string[] = [];
  for (const file of readdirSync(join(CORE, folder)).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(join(CORE, folder, file), 'utf8');
    for (const [, target] of text.matchAll(/from '\.\.\/([\w-]+)\//g)) {
      if (ABOVE[folder]!.includes(target!)) found.push(`${folder}/${file} → ${target}/`);
    }
  }
  return found;
}

describe('src/core layers', () => {
  it.each(Object.keys(ABOVE))('%s/ imports nothing from a folder above it', (folder) => {
    expect(upwardImports(folder)).toEqual([]);
  });
});
