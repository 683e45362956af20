/** The deepest nesting of arrays and objects a request body may have, unless an API sets its own. */
export const DEFAULT_MAX_BODY_DEPTH = 100;

/** Thrown from body-parser's `verify` when a JSON body nests deeper than the API accepts. */
export class BodyTooDeep extends Error {
  readonly type = 'entity.too.deep';
  readonly status = 400;
  constructor(limit: number) {
    super(`the JSON body nests deeper than ${limit} levels`);
    this.name = 'BodyTooDeep';
  }
}

/**
 * Refuses a body nesting deeper than `limit`, by scanning its bytes before it
 * is parsed: a deep body never reaches a handler, a validator or the store.
 */
export function checkJsonDepth(body: Buffer, limit: number): void {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < body.length; at += 1) {
    const byte = body[at];
    if (inString) {
      if (byte === 0x5c) at += 1;
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      depth += 1;
      if (depth > limit) throw new BodyTooDeep(limit);
    } else if (byte === 0x5d || byte === 0x7d) depth -= 1;
  }
}
