import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type sshpkModule from 'sshpk';
import type { StoredKey } from './state.ts';

/** sshpk loads when a key is first read, not at every start of the package. */
let loaded: typeof sshpkModule | undefined;
function sshpk(): typeof sshpkModule {
  loaded ??= createRequire(import.meta.url)('sshpk') as typeof sshpkModule;
  return loaded;
}

/** A public key facsimile trusts for any account's signatures, as an OpenSSH line. */
interface TrustedKey {
  key: sshpkModule.Key;
  line: string;
}

export interface TrustedKeysOptions {
  /** Public key files to trust (`--triton-key PATH`). */
  files?: readonly string[];
  /** Also trust the running user's `~/.ssh/*.pub` (read when a key is not found otherwise). */
  userKeys?: boolean;
}

/**
 * The keys beyond the accounts' own (fixtures) that may sign CloudAPI requests:
 * files given at start, keys added through the admin API, and unless strict
 * the `~/.ssh/*.pub` of the user running facsimile, so `triton` with one's own
 * key works out of the box. Looked up by the fingerprint in the signature's keyId.
 */
export class TrustedKeys {
  readonly #added: TrustedKey[] = [];
  readonly #userKeys: boolean;
  #home: { dir: string; mtimeMs: number; keys: TrustedKey[] } | undefined;

  constructor(options: TrustedKeysOptions = {}) {
    this.#userKeys = options.userKeys ?? true;
    for (const file of options.files ?? []) this.add(readKeyFile(file));
  }

  /** Trusts one more key; answers its MD5 fingerprint, as node-triton puts it in keyId. */
  add(line: string): string {
    const key = parsePublicKey(line);
    this.#added.push({ key, line: key.toString('ssh') });
    return key.fingerprint('md5').toString('hex');
  }

  /** The OpenSSH line of a trusted key whose fingerprint is `fingerprint`, if any. */
  find(fingerprint: string): string | undefined {
    const wanted = parseFingerprint(fingerprint);
    if (!wanted) return undefined;
    const known = [...this.#added, ...(this.#userKeys ? this.#homeKeys() : [])];
    return known.find((candidate) => wanted.matches(candidate.key))?.line;
  }

  /** `~/.ssh/*.pub`, read again only when the directory changed (a key added or removed). */
  #homeKeys(): TrustedKey[] {
    const dir = join(homedir(), '.ssh');
    let mtimeMs: number;
    try {
      mtimeMs = statSync(dir).mtimeMs;
    } catch {
      return [];
    }
    if (this.#home?.dir !== dir || this.#home.mtimeMs !== mtimeMs) {
      this.#home = { dir, mtimeMs, keys: readKeyDir(dir) };
    }
    return this.#home.keys;
  }
}

function readKeyDir(dir: string): TrustedKey[] {
  const keys: TrustedKey[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.pub'))) {
    try {
      const key = parsePublicKey(readFileSync(join(dir, name), 'utf8'));
      keys.push({ key, line: key.toString('ssh') });
    } catch {
      // Not a public key facsimile can read (a certificate, a broken file): not trusted.
    }
  }
  return keys;
}

function readKeyFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read the Triton key ${file}: ${(error as NodeJS.ErrnoException).code}`,
      {
        cause: error,
      },
    );
  }
}

/** @internal An OpenSSH or PEM public key; throws a message that names the problem, never the input. */
export function parsePublicKey(text: string): sshpkModule.Key {
  try {
    return sshpk().parseKey(text.trim(), 'auto');
  } catch {
    throw new Error('not a public key in OpenSSH or PEM format');
  }
}

/** @internal `a1:b2:…` (MD5 hex, node-triton), `MD5:a1:b2:…` or `SHA256:…`; `undefined` for anything else. */
export function parseFingerprint(text: string): sshpkModule.Fingerprint | undefined {
  try {
    return sshpk().parseFingerprint(text);
  } catch {
    return undefined;
  }
}

/** The key named `nameOrFingerprint` by its name or any fingerprint form `parseFingerprint` reads. */
export function findKey(
  keys: readonly StoredKey[],
  nameOrFingerprint: string,
): StoredKey | undefined {
  const fingerprint = parseFingerprint(nameOrFingerprint);
  return keys.find(
    (candidate) =>
      candidate.name === nameOrFingerprint ||
      candidate.fingerprint === nameOrFingerprint ||
      (fingerprint?.matches(parsePublicKey(candidate.key)) ?? false),
  );
}
