/** A write of the store failed: the request's changes were undone. */
export class StoreWriteFailed extends Error {
  constructor(cause: unknown) {
    // The cause's code only: its message names server paths.
    const code = (cause as NodeJS.ErrnoException).code;
    super(`facsimile could not store the change${code ? ` (${code})` : ''}; nothing was changed`);
    this.name = 'StoreWriteFailed';
  }
}

/** A shared store did not answer: nothing was read or changed. */
export class StoreUnreachable extends StoreWriteFailed {
  constructor(cause: unknown) {
    super(cause);
    const code = (cause as NodeJS.ErrnoException).code;
    this.message = `facsimile could not reach its store${code ? ` (${code})` : ''}; try again`;
    this.name = 'StoreUnreachable';
  }
}
