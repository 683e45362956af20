import type { Logger, LevelWithSilent } from 'pino';
import { createRequire } from 'node:module';
import type prettyModule from 'pino-pretty';

export type { Logger };
export type LogLevel = LevelWithSilent;
export const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

export interface LoggerOptions {
  level?: LogLevel;
  /** Human-readable lines (the default in a terminal) instead of JSON lines. */
  pretty?: boolean;
  /** Where lines go; standard error by default, so standard output stays the program's. */
  destination?: NodeJS.WritableStream;
}

/** Redacted wherever a log line carries a request. */
const REDACTED_PATHS = ['req.headers.authorization', 'req.headers["x-facsimile-admin-token"]'];

/** pino, pretty in a terminal and JSON lines otherwise; written synchronously so nothing is lost on exit. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? process.stderr;
  const isTerminal = (destination as { isTTY?: boolean }).isTTY === true;
  const usePretty = options.pretty ?? isTerminal;
  const base = {
    level: options.level ?? 'info',
    base: undefined,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  // Loaded with the first logger: the command line's help needs none.
  const { pino } = createRequire(import.meta.url)('pino') as typeof import('pino');
  if (!usePretty) return pino(base, destination);
  // Loaded only for pretty lines: a library user's stub never pays for it.
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof prettyModule;
  return pino(
    base,
    pretty({
      destination,
      sync: true,
      colorize: isTerminal,
      ignore: 'pid,hostname',
      translateTime: 'SYS:HH:MM:ss.l',
    }),
  );
}

/**
 * The library default: only facsimile's own failures, as JSON on standard error. pino loads
 * when the logger is first used, which a stub that never fails may never do.
 */
export function defaultLogger(): Logger {
  let logger: Logger | undefined;
  const real = () => (logger ??= createLogger({ level: 'error', pretty: false }));
  return new Proxy({} as Logger, {
    get: (_target, key) => {
      const value = Reflect.get(real(), key) as unknown;
      return typeof value === 'function' ? value.bind(real()) : value;
    },
    set: (_target, key, value) => Reflect.set(real(), key, value),
    has: (_target, key) => Reflect.has(real(), key),
  });
}
