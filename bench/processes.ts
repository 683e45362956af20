import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** A server under measurement, in its own process so its RSS and CPU are its own. */
export interface ServerProcess {
  name: string;
  pid: number;
  url: string;
  /** `performance.now()` just before the spawn: start-up is measured from here. */
  spawnedAt: number;
  /** The last lines it wrote to stderr and stdout, for the notes when it misbehaves. */
  output(): string;
  /** Resolves with the exit code (or signal name) once the process is gone. */
  exited: Promise<number | string>;
}

export interface SpawnOptions {
  name: string;
  /** Script and arguments after `node`. */
  args: string[];
  port: number;
  /** The core to pin the process to (taskset), when pinning. */
  core?: number;
  cwd?: string;
  /** Variables set on top of this process's environment. */
  env?: Record<string, string>;
}

const OUTPUT_TAIL = 4_000;
const running = new Set<ChildProcess>();

/** Starts `node <args>` pinned to a core, keeping the tail of what it prints. */
export function spawnServer(options: SpawnOptions): ServerProcess {
  const command = options.core === undefined ? process.execPath : 'taskset';
  const args =
    options.core === undefined
      ? options.args
      : ['-c', String(options.core), process.execPath, ...options.args];
  const spawnedAt = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  running.add(child);
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? signal ?? 'unknown');
    });
  });
  if (child.pid === undefined) throw new Error(`${options.name} could not be spawned`);
  return {
    name: options.name,
    pid: child.pid,
    url: `http://127.0.0.1:${options.port}`,
    spawnedAt,
    output: () => tail.trim(),
    exited,
  };
}

/**
 * Polls `path` until it answers 200 and returns the milliseconds since the
 * spawn. Fails with the server's own output when it exits or times out.
 */
export async function waitUntilServing(
  server: ServerProcess,
  path: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<number> {
  let gone: number | string | undefined;
  void server.exited.then((code) => {
    gone = code;
  });
  const deadline = server.spawnedAt + timeoutMs;
  while (performance.now() < deadline) {
    if (gone !== undefined)
      throw new Error(`${server.name} exited (${gone}) before serving:\n${server.output()}`);
    const status = await fetch(`${server.url}${path}`, { headers }).then(
      async (response) => {
        await response.arrayBuffer();
        return response.status;
      },
      () => 0,
    );
    if (status === 200) return performance.now() - server.spawnedAt;
    await sleep(status === 0 ? 10 : 50);
  }
  throw new Error(`${server.name} did not answer 200 on ${path} within ${timeoutMs} ms`);
}

/** A process's CPU time so far, in µs: user + system, fields 14 and 15 of /proc/<pid>/stat. */
export function cpuUs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** USER_HZ, which /proc reports times in: 100 on every Linux build Node supports. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Resident set size in MB from /proc/<pid>/status, or undefined when not on Linux. */
export function rssMb(pid: number): number | undefined {
  return statusMb(pid, 'VmRSS');
}

/** The highest resident set size the process has had so far (VmHWM), in MB. */
export function peakRssMb(pid: number): number | undefined {
  return statusMb(pid, 'VmHWM');
}

function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

export interface Stopped {
  /** Milliseconds from SIGTERM to exit. */
  ms: number;
  code: number | string;
  /** True when it had to be killed after `timeoutMs`. */
  killed: boolean;
}

/** SIGTERM, then waits for the exit; SIGKILL after `timeoutMs`. */
export async function stopServer(server: ServerProcess, timeoutMs = 10_000): Promise<Stopped> {
  const startedAt = performance.now();
  signal(server.pid, 'SIGTERM');
  const cancel = new AbortController();
  const timer = sleep(timeoutMs, 'timeout' as const, { signal: cancel.signal }).catch(
    () => 'cancelled' as const,
  );
  const outcome = await Promise.race([server.exited, timer]);
  cancel.abort();
  if (outcome !== 'timeout')
    return { ms: performance.now() - startedAt, code: outcome, killed: false };
  signal(server.pid, 'SIGKILL');
  return { ms: performance.now() - startedAt, code: await server.exited, killed: true };
}

/** Kills whatever this run started and is still running (on exit or on a failure). */
export function killAll(): void {
  for (const child of running) if (child.pid !== undefined) signal(child.pid, 'SIGKILL');
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** A port that was free a moment ago on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `node <args>` to completion, pinned like a server; rejects with its output on failure. */
export async function runToEnd(
  options: Omit<SpawnOptions, 'port'>,
): Promise<{ ms: number; output: string }> {
  const child = spawnServer({ ...options, port: 0 });
  const code = await child.exited;
  const ms = performance.now() - child.spawnedAt;
  if (code !== 0) throw new Error(`${options.name} failed (${code}):\n${child.output()}`);
  return { ms, output: child.output() };
}

/**
 * Writes the page cache's dirty pages to disk (`sync`), so a run that writes
 * does not pay for the writes of the one before it (a 500 MB store file).
 */
export function flushDirtyPages(): void {
  spawnSync('sync');
}
