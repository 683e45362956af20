import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'facsimile.js');
const WAIT_LIMIT_MS = 20_000;
/** Variables the command reads: a developer's own settings must not leak into a test. */
const OWN_VARIABLES = ['PORT', 'FACSIMILE_LOG_LEVEL', 'FACSIMILE_ADMIN_TOKEN', 'FACSIMILE_STORE'];

export interface Cli {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process and its output ended. */
  exited: Promise<number | string | null>;
  /** Waits until stdout or stderr matches. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
}

export interface RunOptions {
  /** Where the command runs (a fresh temp directory by default, free of config files). */
  cwd?: string;
  env?: Record<string, string>;
  /** What node runs instead of bin/facsimile.js (its options and script). */
  node?: string[];
}

const children: ChildProcess[] = [];
const dirs: string[] = [];

/** For `afterEach`: kills what is still running and removes the temp directories. */
export async function cleanUp(): Promise<void> {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'facsimile-cli-'));
  dirs.push(dir);
  return dir;
}

/** Runs `node bin/facsimile.js ...args` as a user would, with both streams piped. */
export async function runCli(args: string[], options: RunOptions = {}): Promise<Cli> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !OWN_VARIABLES.includes(name)),
  );
  const child = spawn(process.execPath, [...(options.node ?? [BIN]), ...args], {
    cwd: options.cwd ?? (await tempDir()),
    env: { ...env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  let closed = false;
  // 'close', not 'exit': by then everything the process wrote has been read.
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('close', (code, signal) => {
      closed = true;
      resolve(code ?? signal);
    }),
  );
  const waitFor = async (pattern: RegExp) => {
    for (let waited = 0; waited < WAIT_LIMIT_MS; waited += 25) {
      const match = stdout.match(pattern) ?? stderr.match(pattern);
      if (match) return match;
      if (closed) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no ${pattern} in the output:\n${stdout}\n${stderr}`);
  };
  return { child, stdout: () => stdout, stderr: () => stderr, exited, waitFor };
}

/** `facsimile serve` on a free port, once its banner is out: `url` is the main URL. */
export async function serveCli(
  args: string[],
  options: RunOptions = {},
): Promise<Cli & { url: string }> {
  const cli = await runCli(['serve', '--port', '0', ...args], options);
  const [, url] = await cli.waitFor(/Open in a browser: (http:\/\/\S+)\//);
  return { ...cli, url: url! };
}

/** The JSON log lines on stderr (every line must be one). */
export function jsonLines(cli: Cli): { level: number; msg: string; [field: string]: unknown }[] {
  return cli
    .stderr()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}
