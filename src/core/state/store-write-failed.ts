/** A write of the store failed: the request's changes were undone. */
export class StoreWriteFailed extends Error {
  constructor(cause: unknown, what = 'the change') {
    // The cause's code only: its message names server paths.
    const code = (cause as NodeJS.ErrnoException).code;
    super(`facsimile could not store ${what}${code ? ` (${code})` : ''}; nothing was changed`);
    this.name = 'StoreWriteFailed';
  }
}
