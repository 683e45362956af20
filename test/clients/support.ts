// What the official-client tests share: an SSH key pair in a home directory, and the triton
// CLI run from npm as a separate process with only the environment it is given.
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sshpk from 'sshpk';
import { afterAll, beforeAll } from 'vitest';
import { tritonApi } from '../../src/apis/triton/index.ts';
import { startTestStub, type TestStub } from '../support/stub.ts';

/** Each CLI run starts a Node process that loads node-triton: seconds on a busy machine. */
const TRITON = join(import.meta.dirname, '..', '..', 'node_modules', 'triton', 'bin', 'triton');

/** An RSA key pair in `<dir>/.ssh/id_rsa{,.pub}`, as ssh-keygen leaves it; answers its MD5 fingerprint. */
export async function writeKeyPair(dir: string): Promise<string> {
  await mkdir(join(dir, '.ssh'), { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = sshpk.parseKey(publicKey.export({ type: 'spki', format: 'pem' }), 'pem');
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' });
  await writeFile(join(dir, '.ssh', 'id_rsa'), pem, { mode: 0o600 });
  await writeFile(join(dir, '.ssh', 'id_rsa.pub'), `${key.toString('ssh')} dev@example.com\n`);
  return key.fingerprint('md5').toString('hex');
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `triton <args>` against `url` as account demo, signing with `keyId` from `home`'s ~/.ssh. */
export function runTriton(url: string, args: string[], keyId: string, home: string): Promise<Run> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(TRITON_|SDC_|SSH_AUTH_SOCK)/.test(name)),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [TRITON, ...args],
      {
        env: { ...env, HOME: home, TRITON_URL: url, TRITON_ACCOUNT: 'demo', TRITON_KEY_ID: keyId },
        timeout: 30_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export interface TritonHome {
  /** A fresh home directory with an RSA key pair in ~/.ssh. */
  home: string;
  /** That key's MD5 fingerprint, the CLI's key id. */
  fingerprint: string;
  stub: TestStub;
  /** `triton <args>` signing with that key (or `keyId` from `asHome`). */
  triton(args: string[], keyId?: string, asHome?: string): Promise<Run>;
}

/**
 * A Triton stub run by the user whose home holds the CLI's key, for the enclosing
 * describe: facsimile trusts that user's ~/.ssh, as it trusts its own user's.
 */
export function useTritonHome(): () => TritonHome {
  let current: TritonHome | undefined;
  const originalHome = process.env.HOME;
  beforeAll(async () => {
    const home = await mkdtemp(join(tmpdir(), 'facsimile-triton-home-'));
    const fingerprint = await writeKeyPair(home);
    process.env.HOME = home;
    const stub = await startTestStub({ apis: [tritonApi()], users: 0 });
    const url = stub.rootUrlOf('triton')!;
    current = {
      home,
      fingerprint,
      stub,
      triton: (args, keyId = fingerprint, asHome = home) => runTriton(url, args, keyId, asHome),
    };
  });
  afterAll(async () => {
    process.env.HOME = originalHome;
    await current?.stub.dispose();
    if (current) await rm(current.home, { recursive: true, force: true });
  });
  return () => current!;
}
