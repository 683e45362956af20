import { StoreWriteFailed } from './store-write-failed.ts';

/** A shared store did not answer: nothing was read or changed. */
export class StoreUnreachable extends StoreWriteFailed {
  constructor(cause: unknown) {
    super(cause);
    const code = (cause as NodeJS.ErrnoException).code;
    this.message = `facsimile could not reach its store${code ? ` (${code})` : ''}; try again`;
    this.name = 'StoreUnreachable';
  }
}
