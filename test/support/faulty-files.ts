import { diskFiles, type StoreFiles, type WritableFile } from '../../src/core/state/index.ts';

/** What happens at one numbered call of the store's file layer. */
export interface FaultPlan {
  /** Calls that fail as a full or failing disk fails them (a write may leave part of its bytes). */
  fail: Set<number>;
  /** The call at which the process dies: a write leaves a prefix, a rename may or may not land. */
  crashAt: number;
  /** How much of the crashing write reaches the disk, from 0 to 1. */
  cut: number;
}

export class Crashed extends Error {
  readonly code = 'ECRASHED';
  constructor() {
    super('the process is dead');
  }
}

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`injected ${code}`), { code });
}

/**
 * The real file layer with failures and a crash injected at numbered calls.
 * After the crash every call throws, so the files stay as a `kill -9` left
 * them. Cutting a failed write back (`truncate`) is never failed here: a disk
 * that refuses both a write and its cut, and a crash right after, can bring a
 * refused change back (README, "State").
 */
export class FaultyFiles implements StoreFiles {
  readonly plan: FaultPlan;
  calls = 0;
  crashed = false;
  failures = 0;

  constructor(plan: FaultPlan) {
    this.plan = plan;
  }

  /** Kills the process now: nothing more reaches the disk. */
  crash(): void {
    this.crashed = true;
  }

  #next(): 'ok' | 'fail' | 'crash' {
    if (this.crashed) throw new Crashed();
    const call = this.calls++;
    if (call === this.plan.crashAt) return 'crash';
    if (!this.plan.fail.has(call)) return 'ok';
    this.failures += 1;
    return 'fail';
  }

  async open(path: string, flags: 'a' | 'w'): Promise<WritableFile> {
    const step = this.#next();
    if (step === 'fail') throw failure('ENOSPC');
    if (step === 'crash') return this.#die();
    const file = await diskFiles.open(path, flags);
    return {
      write: async (text) => {
        const at = this.#next();
        if (at === 'ok') return file.write(text);
        await file.write(text.slice(0, Math.floor(text.length * this.plan.cut)));
        if (at === 'crash') return this.#die();
        throw failure('ENOSPC');
      },
      datasync: async () => {
        const at = this.#next();
        if (at === 'crash') return this.#die();
        if (at === 'fail') throw failure('EIO');
        return file.datasync();
      },
      close: () => file.close(),
    };
  }

  async rename(from: string, to: string): Promise<void> {
    const step = this.#next();
    if (step === 'fail') throw failure('EIO');
    if (step === 'crash' && this.plan.cut < 0.5) return this.#die();
    await diskFiles.rename(from, to);
    if (step === 'crash') return this.#die();
  }

  async truncate(path: string, length: number): Promise<void> {
    if (this.crashed) throw new Crashed();
    return diskFiles.truncate(path, length);
  }

  async remove(path: string): Promise<void> {
    const step = this.#next();
    if (step === 'fail') throw failure('EIO');
    if (step === 'crash') return this.#die();
    return diskFiles.remove(path);
  }

  async syncDir(dir: string): Promise<void> {
    const step = this.#next();
    if (step === 'fail') throw failure('EIO');
    if (step === 'crash') return this.#die();
    return diskFiles.syncDir(dir);
  }

  #die(): never {
    this.crashed = true;
    throw new Crashed();
  }
}
