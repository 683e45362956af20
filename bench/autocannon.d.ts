// The part of autocannon 9's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  export type Context = Record<string, unknown>;

  export interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Builds each request of a client; `context` is the client's own. */
    setupRequest?: (request: Request, context: Context) => Request;
    /** Called with each response before the client's next request is built. */
    onResponse?: (status: number, body: string, context: Context) => void;
  }

  export interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Requests to send in all, instead of a duration. */
    amount?: number;
    /** Seconds a response may take before the request counts as timed out. */
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    requests?: Request[];
  }

  export interface Histogram {
    average: number;
    p50: number;
    p99: number;
    max: number;
    total: number;
  }

  export interface Result {
    /** Seconds the run actually took. */
    duration: number;
    /** Latencies of 2xx responses, in milliseconds. */
    latency: Histogram;
    requests: Histogram & { sent: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  }

  function autocannon(options: Options): PromiseLike<Result> & { stop(): void };
  export default autocannon;
}
