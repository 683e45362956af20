import { existsSync, readFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Pair } from 'yaml';
import { createLogger, LOG_LEVELS, type Logger, type LogLevel } from './core/logger.ts';
import { API_NAMES, isApiName, type ApiName } from './core/specs/spec-files.ts';
import { MAX_DEMO_USERS } from './core/defaults.ts';

/** Read from the current directory when `--config` is not given. */
export const CONFIG_FILE = 'facsimile.config.yaml';
export const DEFAULT_DB = '.facsimile/db.json';
export const LOG_FORMATS = ['pretty', 'json'] as const;

/** A configuration file that cannot be used; the message names the file (and line). */
export class ConfigError extends Error {}

// Value parsers shared by the flags (text) and the configuration file (YAML values).

export function wholeNumber(text: string): number {
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError('expected a whole number');
  return Number(text);
}

/** A count of demo users per API, bounded so a typo cannot seed for an hour. */
export function userCount(text: string): number {
  const parsed = wholeNumber(text);
  if (parsed > MAX_DEMO_USERS)
    throw new InvalidArgumentError(
      `expected at most ${MAX_DEMO_USERS.toLocaleString('en')} users per API`,
    );
  return parsed;
}

export function positiveNumber(text: string): number {
  const parsed = wholeNumber(text);
  if (parsed < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return parsed;
}

export function portNumber(text: string): number {
  const parsed = wholeNumber(text);
  if (parsed > 65535) throw new InvalidArgumentError('expected a port number (0 to 65535)');
  return parsed;
}

export function nonEmpty(text: string): string {
  if (text.length === 0) throw new InvalidArgumentError('expected a non-empty value');
  return text;
}

function apiName(value: string): ApiName {
  if (!isApiName(value)) throw new InvalidArgumentError(`expected one of ${API_NAMES.join(', ')}`);
  return value;
}

export function collectText(value: string, previous: string[] = []): string[] {
  return [...previous, nonEmpty(value)];
}

export function collectApi(value: string, previous: ApiName[] = []): ApiName[] {
  return [...previous, apiName(value)];
}

/** `name=port` pairs overriding an API's own port; `name=off` turns it off. */
export function collectApiPort(
  value: string,
  previous: Record<string, number | false> = {},
): Record<string, number | false> {
  const [name = '', port = ''] = value.split('=');
  if (!isApiName(name)) throw new InvalidArgumentError(`unknown API "${name}"`);
  return { ...previous, [name]: port === 'off' ? false : portNumber(port) };
}

// The configuration file: the serve flags' long names as keys.

type Check = (value: unknown) => unknown;

function numberVia(parse: (text: string) => number): Check {
  return (value) => {
    if (typeof value !== 'number') throw new InvalidArgumentError('expected a number');
    return parse(String(value));
  };
}

const text: Check = (value) => {
  if (typeof value !== 'string') throw new InvalidArgumentError('expected a string');
  return nonEmpty(value);
};

const flag: Check = (value) => {
  if (typeof value !== 'boolean') throw new InvalidArgumentError('expected true or false');
  return value;
};

function oneOf(choices: readonly string[]): Check {
  return (value) => {
    if (typeof value !== 'string' || !choices.includes(value))
      throw new InvalidArgumentError(`expected one of ${choices.join(', ')}`);
    return value;
  };
}

/** One string or a list of them. */
function listOf(item: (value: string) => string): Check {
  return (value) => {
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0 || items.some((each) => typeof each !== 'string'))
      throw new InvalidArgumentError('expected a string or a list of strings');
    return (items as string[]).map(item);
  };
}

const apiPortMap: Check = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidArgumentError('expected a map of API name to port or "off"');
  let ports: Record<string, number | false> = {};
  for (const [name, port] of Object.entries(value)) {
    const off = port === 'off' || port === false;
    if (!off && typeof port !== 'number')
      throw new InvalidArgumentError(`API "${name}": expected a port number or "off"`);
    ports = collectApiPort(`${name}=${off ? 'off' : String(port)}`, ports);
  }
  return ports;
};

const CONFIG_KEYS: Record<string, Check> = {
  port: numberVia(portNumber),
  host: text,
  api: listOf(apiName),
  'api-port': apiPortMap,
  'api-ports': flag,
  db: text,
  'in-memory': flag,
  store: text,
  'store-pool-size': numberVia(positiveNumber),
  'store-timeout': numberVia(positiveNumber),
  seed: numberVia(wholeNumber),
  users: numberVia(userCount),
  'validate-responses': flag,
  'cors-origin': listOf(nonEmpty),
  'allowed-host': listOf(nonEmpty),
  record: text,
  consumer: text,
  'admin-token': text,
  'journal-size': numberVia(positiveNumber),
  'session-idle': numberVia(positiveNumber),
  'max-sessions': numberVia(positiveNumber),
  'max-session-memory': numberVia(positiveNumber),
  'compact-after': numberVia(positiveNumber),
  'triton-key': listOf(nonEmpty),
  'log-level': oneOf(LOG_LEVELS),
  'log-format': oneOf(LOG_FORMATS),
};

/** Reads and checks a configuration file: its values by key, typed as the flags' are. */
export function readConfig(file: string): Map<string, unknown> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read: ${(error as Error).message}`);
  }
  // Loaded only when there is a file to read: `--help` and a run without one never pay for it.
  const { isMap, isScalar, LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines });
  const [syntax] = document.errors;
  if (syntax) throw new ConfigError(`${file}:${syntax.linePos?.[0].line ?? 1}: ${syntax.message}`);
  const values = new Map<string, unknown>();
  if (document.contents === null) return values;
  if (!isMap(document.contents))
    throw new ConfigError(`${file}: expected a map of option names to values`);
  const data = valuesOf(document, file, lines);
  for (const pair of document.contents.items as Pair<unknown, unknown>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = isScalar(pair.key) ? lines.linePos(pair.key.range?.[0] ?? 0).line : 1;
    // Own keys only: `constructor` or `toString` must not find Object's.
    const check = Object.hasOwn(CONFIG_KEYS, key) ? CONFIG_KEYS[key] : undefined;
    if (!check)
      throw new ConfigError(
        `${file}:${line}: unknown key "${key}" (known: ${Object.keys(CONFIG_KEYS).join(', ')})`,
      );
    try {
      values.set(key, check(data[key]));
    } catch (error) {
      const got = shown(data[key]);
      throw new ConfigError(`${file}:${line}: "${key}": ${(error as Error).message}, got ${got}`);
    }
  }
  return values;
}

/** A value for an error line: short, and never a stack for a YAML alias cycle (`&a [x, *a]`). */
function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? 'nothing';
  } catch {
    return 'a value that contains itself (a YAML alias cycle)';
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The document's values; an alias bomb (or any other failure to build them) names the file and line. */
function valuesOf(document: Document, file: string, lines: LineCounter): Record<string, unknown> {
  try {
    return document.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (error) {
    let offset = 0;
    const { visit } = yaml();
    visit(document, {
      Alias: (_key, node) => {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    throw new ConfigError(`${file}:${lines.linePos(offset).line}: ${(error as Error).message}`);
  }
}

function yaml(): typeof import('yaml') {
  return createRequire(import.meta.url)('yaml') as typeof import('yaml');
}

function attributeNameOf(key: string): string {
  return key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Fills the command's options from `--config <file>` or ./facsimile.config.yaml:
 * a file value replaces only a default, so a flag or an environment variable wins.
 * Keys for options the command lacks (serve's `port` for `reset`) are checked, then ignored.
 */
export function applyConfig(command: Command): string | undefined {
  const given = command.opts<{ config?: string }>().config;
  const file = given ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  if (file === undefined) return undefined;
  for (const [key, value] of readConfig(file)) {
    const name = attributeNameOf(key);
    if (!command.options.some((option) => option.attributeName() === name)) continue;
    const source = command.getOptionValueSource(name);
    if (source === undefined || source === 'default')
      command.setOptionValueWithSource(name, value, 'config');
  }
  return file;
}

export interface LogOptions {
  logLevel: LogLevel;
  logFormat: (typeof LOG_FORMATS)[number];
}

/** `--config`, `--log-level` and `--log-format`, and the configuration file read before the action. */
export function withConfigAndLogging(command: Command): Command {
  return command
    .option('--config <file>', `configuration file (default: ./${CONFIG_FILE} when present)`)
    .addOption(
      new Option('--log-level <level>', 'least severe log lines shown')
        .choices(LOG_LEVELS)
        .env('FACSIMILE_LOG_LEVEL')
        .default('info'),
    )
    .addOption(
      new Option('--log-format <format>', 'log lines on stderr as text or JSON lines')
        .choices(LOG_FORMATS)
        .default(process.stderr.isTTY ? 'pretty' : 'json', 'pretty on a terminal, json otherwise'),
    )
    .hook('preAction', (thisCommand) => {
      try {
        const file = applyConfig(thisCommand);
        // So the action can tell which file it ran with, even one found by default.
        if (file) thisCommand.setOptionValueWithSource('config', file, 'config');
      } catch (error) {
        if (error instanceof ConfigError) thisCommand.error(`error: ${error.message}`);
        throw error;
      }
    });
}

export function loggerFrom(opts: LogOptions): Logger {
  return createLogger({ level: opts.logLevel, pretty: opts.logFormat === 'pretty' });
}
