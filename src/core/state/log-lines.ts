import { readFile } from 'node:fs/promises';
import type { LoggedRow } from './transaction.ts';

/** One line of the change log: a committed transaction, or an API put back to its seed. */
export type LogEntry =
  { seq: number; api: string; rows: LoggedRow[] } | { seq: number; api: string; reset: true };

/** What reading one log file found: its entries, and where its good lines end. */
export interface LogScan {
  entries: LogEntry[];
  /** Bytes of whole, good lines from the start of the file. */
  goodBytes: number;
  /** Bytes in the file. */
  totalBytes: number;
  /** The first line that is not a whole entry (1-based), if any. */
  badLine?: number;
  /** Whether that line is the file's last: a line a crash cut off, never acknowledged. */
  badIsLast?: boolean;
  /** Lines after the bad one. */
  linesAfter?: number;
}

/**
 * Splits a log file into entries, stopping at the first line that is not a
 * whole entry. Works on bytes, so `goodBytes` is an exact cut point even when
 * a crash cut a line inside a multi-byte character.
 */
export function scanLog(bytes: Buffer): LogScan {
  const entries: LogEntry[] = [];
  let offset = 0;
  let line = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf(0x0a, offset);
    line += 1;
    // A line without its newline was being written when the process died.
    const entry = end === -1 ? undefined : parseLine(bytes.toString('utf8', offset, end));
    if (!entry) {
      const rest = end === -1 ? 0 : countLines(bytes, end + 1);
      return {
        entries,
        goodBytes: offset,
        totalBytes: bytes.length,
        badLine: line,
        badIsLast: rest === 0,
        linesAfter: rest,
      };
    }
    entries.push(entry);
    offset = end + 1;
  }
  return { entries, goodBytes: offset, totalBytes: bytes.length };
}

/** The log file's scan, or `null` when there is no such file. */
export async function scanLogFile(file: string): Promise<LogScan | null> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  return bytes === null ? null : scanLog(bytes);
}

function countLines(bytes: Buffer, from: number): number {
  let count = 0;
  let at = from;
  while (at < bytes.length) {
    const end = bytes.indexOf(0x0a, at);
    count += 1;
    if (end === -1) break;
    at = end + 1;
  }
  return count;
}

function parseLine(line: string): LogEntry | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    return undefined;
  }
  return isEntry(entry) ? entry : undefined;
}

function isEntry(value: unknown): value is LogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  if (!Number.isSafeInteger(entry.seq) || typeof entry.api !== 'string') return false;
  if (entry.reset === true) return true;
  return Array.isArray(entry.rows) && entry.rows.every(isLoggedRow);
}

function isLoggedRow(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return typeof row.table === 'string' && typeof row.key === 'string';
}

/** A line that is not the last of its log file does not parse: replaying past it would skip it silently. */
export class LogDamaged extends Error {
  readonly file: string;
  readonly line: number;
  constructor(storeFile: string, file: string, line: number, linesAfter: number) {
    super(
      `${file} is damaged at line ${line} (${linesAfter} more line${linesAfter === 1 ? '' : 's'} after it), ` +
        `so replaying it would lose changes without a word. Put back a good copy of the file, or run ` +
        `"facsimile repair --db ${storeFile}" to cut the log back to the line before it ` +
        `(the lines it cuts are kept beside the log)`,
    );
    this.name = 'LogDamaged';
    this.file = file;
    this.line = line;
  }
}
