import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** Latency of requests sent one after the other on one kept-alive connection. */
export interface SequentialLatency {
  /** Milliseconds, timed here to the microsecond (autocannon's histogram counts whole ms). */
  p50: number | undefined;
  p99: number | undefined;
  served: number;
  /** Answers with another status, by status. */
  unexpected: Record<string, number>;
}

/** `count` GETs of `url`, each sent once the previous answer was read, after `warmup` more. */
export async function sequentialGets(
  url: string,
  headers: Record<string, string>,
  count: number,
  warmup = 200,
): Promise<SequentialLatency> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  const unexpected: Record<string, number> = {};
  try {
    for (let at = 0; at < warmup + count; at += 1) {
      const began = performance.now();
      const status = await get(url, headers, agent);
      const ms = performance.now() - began;
      if (at < warmup) continue;
      if (status === 200) times.push(ms);
      else unexpected[status] = (unexpected[status] ?? 0) + 1;
    }
  } finally {
    agent.destroy();
  }
  times.sort((a, b) => a - b);
  const at = (share: number) =>
    times.length === 0
      ? undefined
      : times[Math.min(times.length - 1, Math.floor(times.length * share))];
  return { p50: at(0.5), p99: at(0.99), served: times.length, unexpected };
}

function get(url: string, headers: Record<string, string>, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { headers, agent }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
      response.once('error', reject);
    });
    sent.once('error', reject);
    sent.end();
  });
}
