import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { AnyApiDefinition } from '../api/definition.ts';
import { createApp, type AppOptions } from './app.ts';
import { portInUse } from './port-holder.ts';
import { placePreparedStore } from '../state/prepared-store.ts';
import { DEFAULT_CONSUMER } from '../contracts/names.ts';
import { ControlPlane } from '../control/control.ts';
import { MAX_DEMO_USERS } from '../defaults.ts';
import { defaultLogger, type Logger } from '../logger.ts';
import {
  DEFAULT_SEED,
  DEFAULT_USERS,
  postgresStore,
  Runtime,
  Snapshots,
  storeAt,
  type PostgresOptions,
  type SeedProgress,
} from '../state/index.ts';
import { API_NAMES, type ApiName } from '../specs/spec-files.ts';

/** How long `close` lets in-flight requests run before it cuts their connections. */
const GRACE_MS = 10_000;

export interface StubOptions extends Omit<AppOptions, 'ownPortOf'> {
  /** The provider APIs to serve (definitions from `src/apis`). */
  apis: readonly AnyApiDefinition[];
  /** Main port: every API under `/<api>`. Default 0 (a free port). */
  port?: number;
  host?: string;
  /** Each API's own port (root-served), `0` for a free one, `false` for none. Default: all 0. */
  apiPorts?: Partial<Record<ApiName, number | false>> | false;
  /** The JSON store file; `null` (the default here) keeps state in memory. */
  db?: string | null;
  /** A PostgreSQL database several processes share (instead of `db`). */
  postgres?: PostgresOptions;
  seed?: number;
  users?: number;
  /** Record served traffic as Pact files in `dir` (written on close or `flushRecording`). */
  record?: { dir: string; consumer?: string; maxInteractions?: number };
  /** Where facsimile logs (pino); by default only its own failures, on standard error. */
  logger?: Logger;
  /** Told as demo records are generated when the store is seeded. */
  onSeedProgress?: SeedProgress;
  /** Entries the request journal keeps (default 1000). */
  journalCapacity?: number;
  /** Seconds a session lives without a request (default 1800). */
  sessionIdleSeconds?: number;
  /** Live sessions at most (default 1000); a new one beyond is refused with a 503. */
  maxSessions?: number;
  /** Megabytes of changed rows all sessions may hold together (default 256); a change beyond is refused with a 503. */
  maxSessionMegabytes?: number;
  /** Kilobytes of change log after which it is folded into the store file (default 32768). */
  compactAfterKilobytes?: number;
}

export interface RunningStub {
  /** The main URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** Where an API lives under the main URL, e.g. `http://127.0.0.1:4010/triton`. */
  urlOf(api: ApiName): string;
  /** The root of an API's own port, when it has one. */
  rootUrlOf(api: ApiName): string | undefined;
  /** Puts one API (or all) back to its seeded state. */
  reset(api?: ApiName): Promise<void>;
  /** Writes the recorded pact files now (also done by `close`). */
  flushRecording(): Promise<string[]>;
  /** Stops listening, lets in-flight requests finish, and flushes the store and the recording. */
  close(): Promise<void>;
  runtime: Runtime;
  /** The journal, rules, sessions and snapshots behind the admin API. */
  control: ControlPlane;
  /** The admin API's token: the one given, one made up when listening off loopback, or none. */
  adminToken: string | undefined;
}

/**
 * Starts facsimile: opens (or seeds) the store and listens.
 * @example
 * const stub = await startStub({ apis: allApis });
 * await fetch(`${stub.urlOf('triton')}/demo/users`, { headers: { authorization: 'Bearer facsimile-demo' } });
 * await stub.close();
 */
export async function startStub(options: StubOptions): Promise<RunningStub> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? defaultLogger();
  const seeding = { seed: options.seed ?? DEFAULT_SEED, users: options.users ?? DEFAULT_USERS };
  if (!Number.isInteger(seeding.users) || seeding.users < 0 || seeding.users > MAX_DEMO_USERS)
    throw new RangeError(
      `users must be a whole number from 0 to ${MAX_DEMO_USERS} (demo users per API)`,
    );
  const prepared =
    !options.postgres &&
    !!options.db &&
    (await placePreparedStore(
      options.db,
      options.apis.map((api) => api.name),
      seeding,
    ));
  const runtime = await Runtime.start(
    options.postgres
      ? await postgresStore(options.postgres)
      : storeAt(options.db, {
          notify: (level, message) => logger[level](message),
          ...(options.compactAfterKilobytes
            ? { compactAfterBytes: options.compactAfterKilobytes * 1024 }
            : {}),
        }),
    options.apis,
    seeding,
    options.onSeedProgress,
  );
  // The prepared store holds what seeding would have made: say so as seeding would.
  if (prepared) {
    logger.debug(`${options.db} starts from the prepared demo store`);
    const total = options.apis.length * seeding.users;
    options.onSeedProgress?.(total, total);
  }
  const control = new ControlPlane(runtime, {
    snapshots: await Snapshots.open(
      runtime.store.shared?.snapshots ??
        (options.db ? join(dirname(options.db), 'snapshots') : null),
    ),
    logger,
    ...(options.journalCapacity ? { journalCapacity: options.journalCapacity } : {}),
    ...(options.sessionIdleSeconds ? { sessionIdleSeconds: options.sessionIdleSeconds } : {}),
    ...(options.maxSessions ? { maxSessions: options.maxSessions } : {}),
    ...(options.maxSessionMegabytes ? { maxSessionMegabytes: options.maxSessionMegabytes } : {}),
  });
  const adminToken = options.adminToken ?? (isLoopback(host) ? undefined : madeUpToken());
  // Pact's engine loads only when recording: it costs a third of a second at start-up.
  const recorder = options.record
    ? new (await import('../contracts/recorder.ts')).Recorder({
        dir: options.record.dir,
        consumer: options.record.consumer ?? DEFAULT_CONSUMER,
        ...(options.record.maxInteractions
          ? { maxInteractions: options.record.maxInteractions }
          : {}),
        activeState: () => runtime.activeState,
        logger: control.logger,
      })
    : undefined;
  const rootUrls = new Map<string, string>();
  const apps = createApp(control, {
    ...options,
    ...(recorder ? { recorder } : {}),
    ...(adminToken ? { adminToken } : {}),
    allowedHosts: [host, ...(options.allowedHosts ?? [])],
    ownPortOf: (api) => {
      const url = rootUrls.get(api);
      return url ? Number(new URL(url).port) : null;
    },
  });
  const servers: Server[] = [];
  let mainUrl: string;
  try {
    mainUrl = await listen(servers, apps.main, options.port ?? 0, host);
    for (const [name, app] of apps.apis) {
      const port = options.apiPorts === false ? false : (options.apiPorts?.[name as ApiName] ?? 0);
      if (port !== false) rootUrls.set(name, await listen(servers, app, port, host, name));
    }
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    await runtime.close();
    throw error;
  }
  return {
    url: mainUrl,
    urlOf: (api) => `${mainUrl}/${api}`,
    rootUrlOf: (api) => rootUrls.get(api),
    reset: (api) => runtime.reset(api),
    flushRecording: async () => (recorder ? recorder.flush() : []),
    close: async () => {
      await Promise.all(servers.map(closeServer));
      await runtime.close();
      if (recorder) await recorder.flush();
    },
    runtime,
    control,
    adminToken,
  };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function madeUpToken(): string {
  return randomBytes(18).toString('base64url');
}

async function listen(
  servers: Server[],
  handler: Parameters<typeof createServer>[1],
  port: number,
  host: string,
  api?: string,
) {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') portInUse(port, api).then(reject, reject);
      else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
  servers.push(server);
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${shownHost}:${address.port}`;
}

/** Stops accepting, lets in-flight requests finish (up to a grace period), then resolves. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), GRACE_MS).unref();
    // A keep-alive connection goes idle once its last answer is out: close it then, not at its timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 25).unref();
    server.close(() => {
      clearTimeout(cut);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}

export { API_NAMES };
