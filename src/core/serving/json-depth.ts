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
 * The most items one array of a request body may hold: every array a spec
 * declares allows at most 100, and without this bound a 1 MB body of 400,000
 * items costs the validator seconds and its error answer megabytes.
 */
export const MAX_BODY_ARRAY_ITEMS = 1000;

/** Thrown from body-parser's `verify` when one array of a JSON body holds more items than the bound. */
export class BodyArrayTooLong extends Error {
  readonly type = 'entity.array.too.long';
  readonly status = 413;
  constructor(limit: number) {
    super(`an array in the JSON body holds more than ${limit} items`);
    this.name = 'BodyArrayTooLong';
  }
}

/**
 * Refuses a body nesting deeper than `limit`, or with an array of more than
 * MAX_BODY_ARRAY_ITEMS items, by scanning its bytes before it is parsed: such
 * a body never reaches a handler, a validator or the store.
 */
export function checkJsonDepth(body: Buffer, limit: number): void {
  // Per open bracket: the commas seen so far in an array, or -1 for an object.
  const commas: number[] = [];
  let inString = false;
  for (let at = 0; at < body.length; at += 1) {
    const byte = body[at];
    if (inString) {
      if (byte === 0x5c) at += 1;
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x2c) {
      const seen = commas[commas.length - 1];
      if (seen !== undefined && seen >= 0) {
        if (seen + 1 >= MAX_BODY_ARRAY_ITEMS) throw new BodyArrayTooLong(MAX_BODY_ARRAY_ITEMS);
        commas[commas.length - 1] = seen + 1;
      }
    } else if (byte === 0x5b || byte === 0x7b) {
      if (commas.length >= limit) throw new BodyTooDeep(limit);
      commas.push(byte === 0x5b ? 0 : -1);
    } else if (byte === 0x5d || byte === 0x7d) commas.pop();
  }
}
