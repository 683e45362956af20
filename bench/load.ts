import autocannon, { type Request } from 'autocannon';
import type { BenchConfig } from './config.ts';

/** One operation to put under load: a fixed request, or a unique body per request. */
export interface Load {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** The status that counts as served; anything else is reported, not counted. */
  expect: number;
  /** The body of request number `index` (numbered across warm-up and measured run). */
  body?: (index: number) => string;
  /** Told the number of each request answered with `expect` (creates: what must reach disk). */
  onServed?: (index: number) => void;
  /**
   * Runs between warm-up and measured run, e.g. waits until the writes the
   * warm-up left in flight are done, so the measured run does not inherit them.
   */
  settle?: () => Promise<void>;
}

export interface LoadSettings {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** Seconds a response may take before autocannon gives up on it (default 10). */
  timeoutSeconds?: number;
  /**
   * Measures this many requests, each answered, instead of `seconds` (a server
   * slower than a run is long: its rate is then counted over the time it took).
   * The warm-up is then one request per connection.
   */
  amount?: number;
}

export interface Throughput {
  /** Responses with the expected status per second of the measured run. */
  rps: number;
  /** Milliseconds, 2xx responses of the measured run; undefined when there was none. */
  p50: number | undefined;
  p99: number | undefined;
  served: number;
  /** Requests still waiting for an answer when the run ended (their latency is not in p99). */
  unanswered: number;
  /** Responses with another status, by status. */
  unexpected: Record<string, number>;
  errors: number;
  timeouts: number;
  /** The server's CPU time (user + system) per request served in the measured run, in µs. */
  cpuUsPerRequest?: number;
}

/** The settings every run shares: `BENCH_SECONDS`, its warm-up, 50 connections. */
export function loadSettings(config: BenchConfig): LoadSettings {
  return {
    seconds: config.seconds,
    warmupSeconds: config.warmupSeconds,
    connections: config.connections,
  };
}

/** A warm-up with the same settings, then the measured run; only the latter is returned. */
export async function measure(load: Load, settings: LoadSettings): Promise<Throughput> {
  const requests = requestsOf(load);
  const counted = settings.amount;
  await run(load, requests, settings, settings.warmupSeconds, counted && settings.connections);
  await load.settle?.();
  return run(load, requests, settings, settings.seconds, counted);
}

async function run(
  load: Load,
  requests: Request[],
  settings: LoadSettings,
  seconds: number,
  amount?: number,
): Promise<Throughput> {
  const result = await autocannon({
    url: load.url,
    connections: settings.connections,
    ...(amount ? { amount } : { duration: seconds }),
    timeout: settings.timeoutSeconds ?? 10,
    requests,
  });
  const unexpected: Record<string, number> = {};
  let served = 0;
  let answered = 0;
  for (const [status, { count }] of Object.entries(result.statusCodeStats)) {
    answered += count;
    if (Number(status) === load.expect) served = count;
    else unexpected[status] = count;
  }
  return {
    rps: served / result.duration,
    p50: served > 0 ? result.latency.p50 : undefined,
    p99: served > 0 ? result.latency.p99 : undefined,
    served,
    unanswered: Math.max(0, result.requests.sent - answered - result.errors),
    unexpected,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** A counter shared by every client numbers the bodies, so no two requests repeat one. */
function requestsOf(load: Load): Request[] {
  const base: Request = { method: load.method ?? 'GET', headers: { ...load.headers } };
  const { body, onServed } = load;
  if (!body) return [base];
  let next = 0;
  return [
    {
      ...base,
      setupRequest: (request, context) => {
        const index = next++;
        context.index = index;
        return { ...request, body: body(index) };
      },
      onResponse: (status, _body, context) => {
        if (status === load.expect && typeof context.index === 'number') onServed?.(context.index);
      },
    },
  ];
}
