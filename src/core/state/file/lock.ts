import { randomBytes } from 'node:crypto';
import { lstatSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { link, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The lock files this process holds (or is taking): a lock on disk with our pid and not here is stale. */
const heldHere = new Set<string>();

/**
 * The host and pid namespace this process runs in: a pid names a process only
 * within both (every Linux host's first namespace has the same name, so a
 * store on a shared network disk needs the host too).
 */
const PID_SPACE = pidSpace();
/**
 * A holder refreshes its lock's modification time this often, so a process in
 * another pid namespace (another container on the same volume), whose pid
 * cannot be checked from here, can tell a live holder from a crashed one.
 */
const REFRESH_MS = 2000;
/** A lock from another pid namespace not refreshed for this long is a crashed holder's. */
const STALE_AFTER_MS = 30_000;
const POLL_MS = 250;

interface Holder {
  pid: number;
  space: string;
  /** The lock's modification time, in ms (undefined once it is gone). */
  modified: number | undefined;
}

/** Another live process holds the store. */
export class StoreInUse extends Error {
  readonly pid: number;
  constructor(storeFile: string, pid: number, elsewhere = false) {
    const whose = elsewhere
      ? ' on another host or in another pid namespace'
      : pid === process.pid
        ? ', this process'
        : '';
    super(
      `${storeFile} is in use by another facsimile (pid ${pid}${whose}): ` +
        `stop it first, or give this one another --db`,
    );
    this.name = 'StoreInUse';
    this.pid = pid;
  }
}

/**
 * An exclusive hold on a store: `<file>.lock` holding the holder's pid, beside
 * the store's real path (so a symlink to a store meets the same lock). A lock
 * whose process is gone (a crash, `kill -9`, a zombie) is taken over, so a
 * crash never needs a manual clean-up; so is one holding our own pid that this
 * process did not take (a restart that got the same pid, as pid 1 in a
 * container). A lock file is created whole (written beside it, then
 * hard-linked into place) so no one ever reads half a pid.
 */
export class StoreLock {
  readonly #storeFile: string;
  #file = '';
  #held = false;
  #refresh: NodeJS.Timeout | undefined;

  constructor(storeFile: string) {
    this.#storeFile = storeFile;
  }

  get held(): boolean {
    return this.#held;
  }

  async acquire(): Promise<void> {
    if (this.#held) return;
    const file = `${realStorePath(this.#storeFile)}.lock`;
    if (heldHere.has(file)) throw new StoreInUse(this.#storeFile, process.pid);
    heldHere.add(file);
    this.#file = file;
    try {
      await this.#take();
    } finally {
      if (!this.#held) heldHere.delete(file);
    }
  }

  async #take(): Promise<void> {
    const mine = `${this.#file}.${randomBytes(6).toString('hex')}.tmp`;
    const unwritable = await writeFile(mine, `${process.pid}\n${PID_SPACE}\n`).then(
      () => false,
      async (error: NodeJS.ErrnoException) => {
        if (error.code === 'EROFS') return true;
        await rm(mine, { force: true });
        throw new Error(`could not create ${this.#file} (${error.code ?? error.message})`);
      },
    );
    // On a read-only file system no process can change the store: there is nothing to guard.
    if (unwritable) return;
    try {
      // A taken-over stale lock may be taken over by another starter at the same instant: retry then.
      for (let attempt = 0; attempt < 5 && !this.#held; attempt += 1) {
        try {
          await link(mine, this.#file);
          this.#held = true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          const holder = await this.#holder();
          if (holder && (await holdsStill(this.#file, holder)))
            throw new StoreInUse(this.#storeFile, holder.pid, holder.space !== PID_SPACE);
          await rm(this.#file, { force: true });
        }
      }
    } finally {
      await rm(mine, { force: true });
    }
    if (!this.#held)
      throw new Error(`could not lock ${this.#storeFile}: ${this.#file} keeps changing`);
    const file = this.#file;
    this.#refresh = setInterval(() => {
      const now = new Date();
      utimes(file, now, now).catch(() => undefined);
    }, REFRESH_MS).unref();
  }

  async release(): Promise<void> {
    if (!this.#held) return;
    this.#held = false;
    clearInterval(this.#refresh);
    try {
      const holder = await this.#holder();
      if (holder?.pid === process.pid && holder.space === PID_SPACE)
        await rm(this.#file, { force: true });
    } finally {
      heldHere.delete(this.#file);
    }
  }

  async #holder(): Promise<Holder | undefined> {
    const text = await readFile(this.#file, 'utf8').catch(() => '');
    const [first = '', second = ''] = text.split('\n');
    const pid = Number.parseInt(first, 10);
    if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
    // A lock written before namespaces were recorded: this namespace's.
    return { pid, space: second || PID_SPACE, modified: await modifiedAt(this.#file) };
  }
}

/**
 * Where `storeFile` really is, as an absolute path: symlinks followed, even one
 * whose target does not exist yet (the store's first start), in folders that
 * may not exist yet either.
 */
export function realStorePath(storeFile: string, hops = 0): string {
  const path = resolve(storeFile);
  try {
    return realpathSync(path);
  } catch {
    // Not there (yet): follow it by hand.
  }
  let target: string | undefined;
  try {
    if (hops < 40 && lstatSync(path).isSymbolicLink()) target = readlinkSync(path);
  } catch {
    // Nothing at `path` at all.
  }
  if (target !== undefined) return realStorePath(resolve(dirname(path), target), hops + 1);
  const folder = dirname(path);
  return folder === path ? path : join(realStorePath(folder, hops), basename(path));
}

/** The path to read and write `storeFile` at: itself unless a symlink leads elsewhere. */
export function storePath(storeFile: string): string {
  const real = realStorePath(storeFile);
  return real === resolve(storeFile) ? storeFile : real;
}

/**
 * Whether a lock's holder is still there: in this pid namespace, a live
 * process with its pid other than this one (our own pid here is a lock of an
 * earlier process, as pid 1 in a restarted container: this one's own holds
 * are in `heldHere`). In another, its pid cannot be checked from here: a live
 * holder shows by touching the lock, which is waited for until the lock is
 * stale, so a container restarted after a crash starts once that is clear.
 */
async function holdsStill(file: string, holder: Holder): Promise<boolean> {
  if (holder.space === PID_SPACE) return holder.pid !== process.pid && isAlive(holder.pid);
  const { modified } = holder;
  if (modified === undefined) return false;
  while (Date.now() - modified < STALE_AFTER_MS) {
    await sleep(POLL_MS);
    const now = await modifiedAt(file);
    if (now === undefined) return false;
    if (now !== modified) return true;
  }
  return false;
}

function modifiedAt(file: string): Promise<number | undefined> {
  return stat(file).then(
    (info) => info.mtimeMs,
    () => undefined,
  );
}

function pidSpace(): string {
  try {
    return `${hostname()} ${readlinkSync('/proc/self/ns/pid')}`;
  } catch {
    return hostname();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** A process that ended but is not reaped yet still answers signals; Linux shows it as state Z. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}
