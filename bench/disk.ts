import { createReadStream } from 'node:fs';

/** Longest stretch of text one match can span: kept between chunks so none is cut in two. */
const OVERLAP = 256;

/**
 * The distinct indexes (group 1 of `pattern`, a global regex) found in a file,
 * read in chunks: the store file with 100,000 users per API is over 500 MB,
 * too big to hold as one string in the bench process as well as in the stub.
 */
export async function indexesInFile(file: string, pattern: RegExp): Promise<Set<number>> {
  const found = new Set<number>();
  let carry = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 22 })) {
    const text = carry + (chunk as string);
    for (const match of text.matchAll(pattern)) found.add(Number(match[1]));
    carry = text.slice(-OVERLAP);
  }
  return found;
}
