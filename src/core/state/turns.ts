import { StoreUnreachable } from './store-unreachable.ts';

/** A job's turn did not come within its patience: the store ahead of it is hanging. */
const turnNotCome = (patienceMs: number) =>
  new StoreUnreachable(new Error(`no turn within ${patienceMs} ms: the store is not answering`));

/**
 * Jobs that run one at a time, in the order they were queued. A catch-up
 * queued while another waits joins that one: it has not started yet, so it
 * still sees everything committed before either was asked for. A job whose
 * turn has not come within `patienceMs` gives up (`StoreUnreachable`) and is
 * skipped when its turn comes: a hung store makes requests fail, not queue.
 */
export class Turns {
  #tail: Promise<unknown> = Promise.resolve();
  #waiting: Promise<void> | undefined;
  readonly #patienceMs: number | undefined;

  constructor(patienceMs?: number) {
    this.#patienceMs = patienceMs;
  }

  run<T>(job: () => Promise<T>, onExpired?: () => void): Promise<T> {
    const patience = this.#patienceMs;
    let expired = false;
    let timer: NodeJS.Timeout | undefined;
    const run = this.#tail.then(() => {
      clearTimeout(timer);
      if (expired) throw turnNotCome(patience ?? 0);
      return job();
    });
    this.#tail = run.catch(() => undefined);
    if (patience === undefined) return run;
    return new Promise<T>((resolve, reject) => {
      timer = setTimeout(() => {
        expired = true;
        onExpired?.();
        reject(turnNotCome(patience));
      }, patience);
      run.then(resolve, (error: unknown) => {
        if (!expired) reject(error as Error);
      });
    });
  }

  /** Runs `job` in a turn of its own, or joins the same kind of job queued and not yet started. */
  joined(job: () => Promise<void>): Promise<void> {
    if (this.#waiting) return this.#waiting;
    const forget = () => {
      if (this.#waiting === waiting) this.#waiting = undefined;
    };
    const waiting: Promise<void> = this.run(() => {
      forget();
      return job();
    }, forget);
    this.#waiting = waiting;
    return waiting;
  }
}
