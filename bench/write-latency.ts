import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchConfig } from './config.ts';
import { startFacsimile } from './facsimile.ts';
import { stopServer, type ServerProcess } from './processes.ts';
import { attempt, type Latency, type Results } from './results.ts';
import { DEMO_AUTH, WRITE_OPERATIONS, type WriteOperation } from './scenarios.ts';

/**
 * A light, steady load: write latency as a client sees it, not the server's
 * saturation (the creates/s rows are that). Two clients each send their
 * next write once the last is answered.
 */
export const WRITE_CONNECTIONS = 2;
/** Dropped: the first writes of an operation compile its validators and warm the JIT. */
export const WARMUP_WRITES = 200;
/** The measured writes per store and operation: enough for a p99 with 20 samples above it. */
export const MEASURED_WRITES = 2_000;
/** The measured writes alternate between the two stores in this many slices. */
export const ROUNDS = 4;
/** A warm-up stops at this even before its count, so slow writes cannot stretch the bench. */
const WARMUP_SECONDS = 2;
const REQUEST_TIMEOUT_MS = 60_000;
/** Connection errors after which a run gives up (the server is gone). */
const MAX_ERRORS = 20;

/** The longest the measured writes to one store may take: half the other runs, at least 2 s. */
export function writeRunSeconds(config: BenchConfig): number {
  return Math.max(2, config.seconds / 2);
}

/**
 * Each API's write on a fresh stub with `smallUsers` users per API and on
 * the large one. Warmed up on both, then the measured writes alternate
 * between the two in `ROUNDS` slices, so the load of whatever else runs on
 * the machine weighs alike on both sides of their ratio. `tag` keeps the
 * bodies apart from the large store's creates.
 */
export async function measureWriteLatency(
  config: BenchConfig,
  results: Results,
  dir: string,
  large: ServerProcess,
  tag: string,
): Promise<void> {
  const { server: small } = await startFacsimile({
    db: join(dir, 'writes', 'db.json'),
    users: config.smallUsers,
    core: config.pinning.serverCore,
    timeoutMs: 60_000,
  });
  const seconds = writeRunSeconds(config) / ROUNDS;
  const count = Math.ceil(MEASURED_WRITES / ROUNDS);
  try {
    for (const op of WRITE_OPERATIONS) {
      const figures: { small?: Latency; large?: Latency } = {};
      results.writes.set(op.key, figures);
      await attempt(results, `${op.title} latency`, async () => {
        const writers = [
          new Writer(op, small, config.smallUsers, tag),
          new Writer(op, large, config.largeUsers, tag),
        ];
        try {
          for (const writer of writers) await writer.drive(WARMUP_WRITES, WARMUP_SECONDS, false);
          for (let round = 0; round < ROUNDS; round += 1) {
            // Each side goes first every other round.
            const order = round % 2 === 0 ? writers : [...writers].reverse();
            for (const writer of order) await writer.drive(count, seconds, true);
          }
          [figures.small, figures.large] = writers.map((writer) => writer.latency(results));
        } finally {
          for (const writer of writers) writer.close();
        }
      });
    }
  } finally {
    await stopServer(small);
  }
  noteShortRuns(results, config);
}

/** One operation's writes to one server, numbered across all its slices so bodies never repeat. */
class Writer {
  readonly #op: WriteOperation;
  readonly #url: string;
  readonly #what: string;
  readonly #tag: string;
  readonly #agent = new Agent({ keepAlive: true, maxSockets: WRITE_CONNECTIONS });
  #next = 0;
  readonly #samples: number[] = [];
  readonly #unexpected: Record<string, number> = {};
  #errors = 0;
  #ms = 0;

  constructor(op: WriteOperation, server: ServerProcess, users: number, tag: string) {
    this.#op = op;
    this.#url = `${server.url}/${op.api}${op.path}`;
    this.#what = `${op.title} latency (${users.toLocaleString('en-US')} users/API)`;
    this.#tag = tag;
  }

  /**
   * `WRITE_CONNECTIONS` clients, each sending its next write once the last is
   * answered, until `count` are sent or `seconds` have passed; `keep` says
   * whether these count (not the warm-up's).
   */
  async drive(count: number, seconds: number, keep: boolean): Promise<void> {
    let sent = 0;
    const startedAt = performance.now();
    const deadline = startedAt + seconds * 1_000;
    const client = async () => {
      while (sent < count && performance.now() < deadline && this.#errors < MAX_ERRORS) {
        sent += 1;
        const body = JSON.stringify(this.#op.body(this.#tag, this.#next++));
        const sentAt = performance.now();
        try {
          const status = await send(this.#agent, this.#url, this.#op, body);
          const ms = performance.now() - sentAt;
          if (!keep) continue;
          if (status === this.#op.expect) this.#samples.push(ms);
          else this.#unexpected[status] = (this.#unexpected[status] ?? 0) + 1;
        } catch {
          this.#errors += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: WRITE_CONNECTIONS }, client));
    if (this.#errors >= MAX_ERRORS) throw new Error(`${this.#what}: ${this.#errors} errors`);
    if (keep) this.#ms += performance.now() - startedAt;
  }

  /** The kept writes' percentiles; odd answers and a short count go in the notes. */
  latency(results: Results): Latency {
    const sorted = [...this.#samples].sort((a, b) => a - b);
    const latency: Latency = {
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      served: sorted.length,
      unexpected: this.#unexpected,
      errors: this.#errors,
      ms: this.#ms,
    };
    noteWrites(results, this.#what, latency);
    return latency;
  }

  close(): void {
    this.#agent.destroy();
  }
}

/** Nearest rank on sorted samples. */
function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length, Math.ceil((p / 100) * sorted.length)) - 1];
}

/** One write with the demo token; resolves with the status once the whole answer is read. */
function send(agent: Agent, url: string, op: WriteOperation, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: op.method,
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: {
          ...DEMO_AUTH,
          'content-type': op.contentType,
          'content-length': Buffer.byteLength(body),
        },
      },
      (answer) => {
        answer.on('error', reject);
        answer.on('end', () => resolve(answer.statusCode ?? 0));
        answer.resume();
      },
    );
    outgoing.on('error', reject);
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
    outgoing.end(body);
  });
}

function noteWrites(results: Results, what: string, run: Latency): void {
  const odd = Object.entries(run.unexpected).map(([status, count]) => `${count}× ${status}`);
  if (run.errors > 0) odd.push(`${run.errors} connection errors`);
  if (odd.length > 0) results.notes.push(`${what}: ${odd.join(', ')}`);
}

/** One note for the runs cut short by the time limit: how many samples their p99 stands on. */
function noteShortRuns(results: Results, config: BenchConfig): void {
  const short = WRITE_OPERATIONS.flatMap((op) => {
    const figures = results.writes.get(op.key);
    const served = [figures?.small?.served, figures?.large?.served];
    if (served.every((count) => count !== undefined && count >= MEASURED_WRITES)) return [];
    const [small = 'n/a', large = 'n/a'] = served.map((count) => count?.toLocaleString('en-US'));
    return [`${op.title} ${small} / ${large}`];
  });
  if (short.length > 0)
    results.notes.push(
      `write latency: fewer than ${MEASURED_WRITES} writes answered within ${writeRunSeconds(config)} s (${config.smallUsers} / ${config.largeUsers.toLocaleString('en-US')} users/API), p50 and p99 from these: ${short.join('; ')}`,
    );
}
