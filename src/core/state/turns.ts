/**
 * Jobs that run one at a time, in the order they were queued. A catch-up
 * queued while another waits joins that one: it has not started yet, so it
 * still sees everything committed before either was asked for.
 */
export class Turns {
  #tail: Promise<unknown> = Promise.resolve();
  #waiting: Promise<void> | undefined;

  run<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(job);
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /** Runs `job` in a turn of its own, or joins the same kind of job queued and not yet started. */
  joined(job: () => Promise<void>): Promise<void> {
    this.#waiting ??= this.run(() => {
      this.#waiting = undefined;
      return job();
    });
    return this.#waiting;
  }
}
