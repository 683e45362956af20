import { randomBytes } from 'node:crypto';
import { link, readFile, rm, writeFile } from 'node:fs/promises';

/** Another live process holds the store. */
export class StoreInUse extends Error {
  readonly pid: number;
  constructor(storeFile: string, pid: number) {
    super(
      `${storeFile} is in use by another facsimile (pid ${pid}${pid === process.pid ? ', this process' : ''}): ` +
        `stop it first, or give this one another --db`,
    );
    this.name = 'StoreInUse';
    this.pid = pid;
  }
}

/**
 * An exclusive hold on a store: `<file>.lock` holding the holder's pid. A lock
 * whose process is gone (a crash, `kill -9`) is taken over, so a crash never
 * needs a manual clean-up; a lock file is created whole (written beside it,
 * then hard-linked into place) so no one ever reads half a pid.
 */
export class StoreLock {
  readonly file: string;
  readonly #storeFile: string;
  #held = false;

  constructor(storeFile: string) {
    this.#storeFile = storeFile;
    this.file = `${storeFile}.lock`;
  }

  get held(): boolean {
    return this.#held;
  }

  async acquire(): Promise<void> {
    if (this.#held) return;
    const mine = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    const unwritable = await writeFile(mine, `${process.pid}\n`).then(
      () => false,
      async (error: NodeJS.ErrnoException) => {
        if (error.code === 'EROFS') return true;
        await rm(mine, { force: true });
        throw new Error(`could not create ${this.file} (${error.code ?? error.message})`);
      },
    );
    // On a read-only file system no process can change the store: there is nothing to guard.
    if (unwritable) return;
    try {
      // A taken-over stale lock may be taken over by another starter at the same instant: retry then.
      for (let attempt = 0; attempt < 5 && !this.#held; attempt += 1) {
        try {
          await link(mine, this.file);
          this.#held = true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          const holder = await this.#holder();
          if (holder !== undefined && isAlive(holder))
            throw new StoreInUse(this.#storeFile, holder);
          await rm(this.file, { force: true });
        }
      }
    } finally {
      await rm(mine, { force: true });
    }
    if (!this.#held)
      throw new Error(`could not lock ${this.#storeFile}: ${this.file} keeps changing`);
  }

  async release(): Promise<void> {
    if (!this.#held) return;
    this.#held = false;
    if ((await this.#holder()) === process.pid) await rm(this.file, { force: true });
  }

  async #holder(): Promise<number | undefined> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    const pid = Number.parseInt(text, 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
