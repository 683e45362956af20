// A fixed set of requests over the five APIs, replayed against a fresh stub, and their answers
// reduced to what must not change when facsimile's internals do: status, headers, body bytes.
// The answers recorded once (scripts/record-replay.ts) are the fixture the replay test compares.
import crypto, { createHash, createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import sshpk from 'sshpk';
import { replayRequests, type ReplayRequest } from './replay-requests.ts';
import type { Answer } from './stub.ts';

export const REPLAY_FIXTURE = join(import.meta.dirname, '../fixtures/replay.json');

/** Headers whose value is the clock's or a connection's, not the answer's. */
const VOLATILE_HEADERS = new Set(['date', 'keep-alive', 'connection', 'response-time']);

export interface RecordedAnswer {
  request: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** node-triton's signature over `(request-target)` and `date`, by the fixture key. */
export function tritonSignature(method: string, path: string): Record<string, string> {
  const keys = join(import.meta.dirname, '../../fixtures/keys');
  const publicKey = sshpk.parseKey(readFileSync(join(keys, 'triton-demo.pub'), 'utf8'), 'ssh');
  const date = new Date().toUTCString();
  const text = `(request-target): ${method.toLowerCase()} ${path}\ndate: ${date}`;
  const signature = createSign('RSA-SHA256')
    .update(text)
    .sign(readFileSync(join(keys, 'triton-demo.pem'), 'utf8'), 'base64');
  const keyId = `/demo/keys/${publicKey.fingerprint('md5').toString('hex')}`;
  return {
    date,
    authorization: `Signature keyId="${keyId}",algorithm="rsa-sha256",headers="(request-target) date",signature="${signature}"`,
  };
}

/** A one-line name for a request, the fixture's key. */
export function describeRequest(request: ReplayRequest): string {
  const where = request.root ? `${request.api}:root` : request.api;
  const headers = Object.entries(request.headers ?? {})
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
  const body =
    request.body === undefined
      ? ''
      : ` ${request.raw ? request.body : JSON.stringify(request.body)}`;
  return `${where} ${request.method} ${request.path}${request.signed ? ' signed' : ''} [${headers}]${body}`;
}

/**
 * Makes the process's random ids and secrets repeatable: each request's draws come from a
 * stream keyed by its place in the replay, so answers that carry a new id can be compared.
 */
export function repeatableRandomness(): { step(index: number): void } {
  let stream = 'start';
  let counter = 0;
  const next = (size: number): Buffer => {
    const out: Buffer[] = [];
    for (let got = 0; got < size; got += 32) {
      out.push(
        createHash('sha256')
          .update(`${stream}:${(counter += 1)}`)
          .digest(),
      );
    }
    return Buffer.concat(out).subarray(0, size);
  };
  const bytes = (size: number, callback?: (error: null, buffer: Buffer) => void) => {
    const buffer = next(size);
    if (callback) return void callback(null, buffer);
    return buffer;
  };
  const uuid = () => {
    const hex = next(16).toString('hex');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  const int = (min: number, max?: number) =>
    max === undefined ? next(4).readUInt32BE() % min : min + (next(4).readUInt32BE() % (max - min));
  Object.assign(crypto, { randomBytes: bytes, randomUUID: uuid, randomInt: int });
  Math.random = () => next(4).readUInt32BE() / 2 ** 32;
  syncBuiltinESMExports();
  return {
    step(index) {
      stream = `request-${index}`;
      counter = 0;
    },
  };
}

const ISO_TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?/g;
const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g;
const LOCAL_PORT = /127\.0\.0\.1:\d+/g;
const SKEW = /clock skew of [\d.]+s/g;
/** What a journal entry holds of the clock: its duration, the answer's timing and checksum. */
const JOURNAL_TIMING = /"(durationMs|response-time|content-md5)":("[^"]*"|[\d.]+)/g;

/** Placeholders where an answer carries the clock (times of the last hour, JWTs, skews) or a port. */
export function withoutClock(text: string, now = Date.now()): string {
  return text
    .replace(ISO_TIME, (time) => (Math.abs(Date.parse(time) - now) < 3_600_000 ? '<now>' : time))
    .replace(JWT, '<jwt>')
    .replace(LOCAL_PORT, '127.0.0.1:<port>')
    .replace(SKEW, 'clock skew of <n>s');
}

/** The headers but the clock's; a Content-MD5 (over the body's real times) as whether it holds. */
export function recordedHeaders(headers: Headers, body: string): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (VOLATILE_HEADERS.has(name)) continue;
    kept[name] =
      name === 'content-md5'
        ? `<md5 ${createHash('md5').update(body).digest('base64') === value ? 'of' : 'not of'} body>`
        : withoutClock(value);
  }
  return kept;
}

function recorded(request: ReplayRequest, answer: Answer): RecordedAnswer {
  const headers = recordedHeaders(answer.headers, answer.text);
  let body = withoutClock(answer.text);
  // The skew's digits, and so the length, follow the clock.
  if (answer.text.includes('clock skew of')) delete headers['content-length'];
  if (/dynamic=true/.test(request.headers?.prefer ?? '')) {
    // Generated from Math.random, which a file store's background writes also draw from.
    // How many tries a valid body takes varies, and with it the ids drawn after it.
    body = `<generated ${answer.body === undefined ? 'non-JSON' : 'JSON'}>`;
    delete headers['content-length'];
    delete headers['x-request-id'];
  }
  if (request.api === 'admin') {
    // The journal's own length and etag follow the durations it reports.
    delete headers['content-length'];
    delete headers.etag;
    body = body.replace(JOURNAL_TIMING, '"$1":"<varies>"');
  }
  return { request: describeRequest(request), status: answer.status, headers, body };
}

/** Replays every request, in order, against a fresh stub of the five APIs, its store on disk or in memory. */
export async function replayAll(store: 'file' | 'memory' = 'file'): Promise<RecordedAnswer[]> {
  const randomness = repeatableRandomness();
  const { startTestStub, call } = await import('./stub.ts');
  const stub = await startTestStub({ users: 25, ...(store === 'memory' ? { db: null } : {}) });
  // In memory an API is seeded on first use; seeding (password salts) draws random bytes, so
  // it is done here, before the requests' repeatable draws begin.
  for (const api of stub.runtime.apis) stub.runtime.dataOf(api.name);
  try {
    const answers: RecordedAnswer[] = [];
    for (const [index, request] of replayRequests().entries()) {
      randomness.step(index);
      const base =
        request.api === 'admin'
          ? `${stub.url}/__facsimile`
          : request.root
            ? stub.rootUrlOf(request.api)
            : stub.urlOf(request.api);
      const url = `${base}${request.path}`;
      const signature = request.signed ? tritonSignature(request.method, request.path) : {};
      const answer = await call(url, request.method, {
        headers: { ...request.headers, ...signature },
        body: request.body,
        raw: request.raw,
      });
      answers.push(recorded(request, answer));
    }
    return answers;
  } finally {
    await stub.dispose();
  }
}
