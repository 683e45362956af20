import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReadmeBlock {
  /** The fence's language: `sh`, `console`, `js`, `ts`, ... */
  lang: string;
  text: string;
  /** The line of README.md the block starts on, for messages. */
  line: number;
}

/** Every fenced code block of README.md, as written. */
export function readmeBlocks(
  readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8'),
): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (const match of readme.matchAll(fence)) {
    const line = readme.slice(0, match.index).split('\n').length;
    blocks.push({ lang: match[1] ?? '', text: match[2] ?? '', line });
  }
  return blocks;
}

/** A line `// name.mjs` starts a file of a code block: the README's way to show several files. */
const FILE_MARK = /^\/\/ ([\w.-]+\.(?:mjs|cjs|js|ts|mts))$/;

/** The files the README's code blocks spell out, by name, exactly as a reader would paste them. */
export function readmeFiles(blocks = readmeBlocks()): Map<string, string> {
  const files = new Map<string, string>();
  for (const block of blocks) {
    let name: string | undefined;
    for (const line of block.text.split('\n')) {
      const mark = FILE_MARK.exec(line);
      if (mark) name = mark[1]!;
      else if (name !== undefined) files.set(name, `${files.get(name) ?? ''}${line}\n`);
    }
  }
  for (const [name, text] of files) files.set(name, `${text.trim()}\n`);
  return files;
}
