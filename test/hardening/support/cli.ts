import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { bearer } from '../../support/stub.ts';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'facsimile.js');
const BANNER_TIMEOUT_MS = 20_000;

export interface Served {
  child: ChildProcess;
  /** The main URL from the banner, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Everything the process printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string | null>;
}

/**
 * Runs `facsimile serve` as a user would (`node bin/facsimile.js`), on a free
 * main port with no per-API ports, and waits for the banner's index URL.
 */
export async function serve(db: string, args: string[] = []): Promise<Served> {
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--port', '0', '--no-api-ports', '--db', db, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  for (let waited = 0; ; waited += 25) {
    const url = /Open in a browser: (http:\/\/\S+)\//.exec(output)?.[1];
    if (url) return { child, url, output: () => output, exited };
    if (child.exitCode !== null || waited > BANNER_TIMEOUT_MS) {
      child.kill('SIGKILL');
      throw new Error(`facsimile serve printed no banner:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Creates Triton user `login` on a served CLI; answers the status. */
export async function createUser(served: Served, login: string): Promise<number> {
  const answer = await fetch(`${served.url}/triton/demo/users`, {
    method: 'POST',
    headers: { ...bearer(), 'content-type': 'application/json' },
    body: JSON.stringify({ login, email: `${login}@example.com`, password: `secret-${login}-1` }),
  });
  return answer.status;
}

/** The status of reading Triton user `login` on a served CLI: 200 when it is there. */
export async function userStatus(served: Served, login: string): Promise<number> {
  return (await fetch(`${served.url}/triton/demo/users/${login}`, { headers: bearer() })).status;
}
