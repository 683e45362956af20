import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const USER = 'facsimile';
export const PASSWORD = 'pg-secret-do-not-show';

/** Debian's PostgreSQL binaries (`/usr/lib/postgresql/<version>/bin`), newest first. */
function binaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const found = versions
    .map((v) => join(root, v, 'bin'))
    .find((d) => existsSync(join(d, 'initdb')));
  return found;
}

export const POSTGRES_BIN = binaries();

/** Says in one line why PostgreSQL tests skip; in CI a missing PostgreSQL is a failure instead. */
export function postgresMissing(): boolean {
  if (POSTGRES_BIN) return false;
  if (process.env.CI === 'true')
    throw new Error('PostgreSQL is required in CI (apt-get install postgresql)');
  console.warn(
    'PostgreSQL is not installed: skipping the PostgreSQL tests (apt-get install postgresql)',
  );
  return true;
}

/** A throwaway cluster in a temp directory on a free port, run as `postgres` when we are root. */
export class Cluster {
  readonly dir: string;
  readonly port: number;
  readonly #owner: { uid: number; gid: number } | undefined;

  private constructor(dir: string, port: number, owner: { uid: number; gid: number } | undefined) {
    this.dir = dir;
    this.port = port;
    this.#owner = owner;
  }

  static async start(): Promise<Cluster> {
    const dir = await mkdtemp(join(tmpdir(), 'facsimile-pg-'));
    const owner = userInfo().uid === 0 ? await postgresUser() : undefined;
    const cluster = new Cluster(dir, await freePort(), owner);
    const pwfile = join(dir, 'pw');
    await writeFile(pwfile, PASSWORD);
    if (owner) {
      await chown(dir, owner.uid, owner.gid);
      await chown(pwfile, owner.uid, owner.gid);
    }
    await chmod(dir, 0o700);
    await cluster.#pg(
      'initdb',
      ['-D', join(dir, 'data'), '-U', USER, '--auth=scram-sha-256'].concat([
        '--pwfile',
        pwfile,
        '--no-sync',
        '-E',
        'UTF8',
      ]),
    );
    await cluster.resume();
    return cluster;
  }

  /** A URL for database `name` (created when missing). */
  async database(name: string): Promise<string> {
    const admin = new pg.Client({ connectionString: this.url('postgres') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    return this.url(name);
  }

  url(database: string): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts (again) and waits until it accepts connections. */
  async resume(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await this.#pg(
      'pg_ctl',
      ['-D', join(this.dir, 'data'), '-o', options].concat([
        '-l',
        join(this.dir, 'log'),
        '-w',
        'start',
      ]),
    );
  }

  /** Stops it, cutting every connection (`fast`) or as a crash would (`immediate`). */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.#pg('pg_ctl', ['-D', join(this.dir, 'data'), '-m', mode, '-w', 'stop']);
  }

  /**
   * Freezes the postmaster and every backend (`kill -STOP`), as a hung server or a
   * paused VM would, for `ms` at most; the function returned lets them go on sooner
   * (`kill -CONT`). Root only.
   */
  async freeze(ms: number): Promise<() => void> {
    const lines = (text: string) => text.trim().split('\n').filter(Boolean).map(Number);
    const postmaster = lines((await run('pgrep', ['-u', 'postgres', '-f', this.dir])).stdout);
    const children = await run('pgrep', ['-P', postmaster.join(',')]).then(
      ({ stdout }) => lines(stdout),
      () => [],
    );
    const pids = [...postmaster, ...children];
    for (const pid of pids) process.kill(pid, 'SIGSTOP');
    let frozen = true;
    const thaw = () => {
      clearTimeout(timer);
      if (frozen) pids.forEach((pid) => process.kill(pid, 'SIGCONT'));
      frozen = false;
    };
    const timer = setTimeout(thaw, ms);
    return thaw;
  }

  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }

  async #pg(program: string, args: string[]): Promise<void> {
    const file = join(POSTGRES_BIN ?? '', program);
    const options = this.#owner ? { uid: this.#owner.uid, gid: this.#owner.gid } : {};
    await run(file, args, { ...options, cwd: this.dir });
  }
}

/** The rows `sql` answers, on a connection of its own. */
export async function rowsOf<Row extends pg.QueryResultRow = Record<string, unknown>>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: group } = await run('id', ['-g', 'postgres']);
  return { uid: Number(stdout.trim()), gid: Number(group.trim()) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
