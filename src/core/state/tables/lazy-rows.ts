/** Lists shorter than this keep each row they decode, as an array of objects would. */
export const LAZY_FROM = 64;

/**
 * A read-only array of the rows `texts` encode, decoded as each index is read:
 * a page of 20 decodes its 20 rows, not the group. It is a real array to its
 * reader (`Array.isArray`, `length`, `slice`, `map`, iteration), over a
 * snapshot of the texts, so later changes to the table do not move it under a
 * loop that removes rows. A list shorter than `LAZY_FROM` keeps each row it
 * decodes, so two reads of one index give the same object, as a plain array
 * does; a longer one decodes anew on each read (equal rows, not the same
 * object), so reading a 100,000-row group through once holds none of it.
 */
export function rowsOf<Stored, Row>(
  texts: readonly Stored[],
  decode: (stored: Stored) => Row,
): Row[] {
  if (texts.length === 0) return [];
  const kept: (Row | undefined)[] | undefined = texts.length < LAZY_FROM ? [] : undefined;
  // A page is a slice: taken here, it reads no index through the proxy's traps.
  const slice = (start?: number, end?: number): Row[] => {
    const from = bound(start ?? 0, texts.length);
    const to = bound(end ?? texts.length, texts.length);
    const rows: Row[] = [];
    for (let index = from; index < to; index += 1)
      rows.push(rowAt(texts, index, decode, kept) as Row);
    return rows;
  };
  return new Proxy(texts as unknown as Row[], {
    get(target, property, receiver) {
      if (typeof property === 'string') {
        const index = indexOf(property);
        if (index !== undefined) return rowAt(texts, index, decode, kept);
        if (property === 'slice') return slice;
      }
      return Reflect.get(target, property, receiver);
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

function rowAt<Stored, Row>(
  texts: readonly Stored[],
  index: number,
  decode: (stored: Stored) => Row,
  kept: (Row | undefined)[] | undefined,
): Row | undefined {
  const known = kept?.[index];
  if (known !== undefined) return known;
  const stored = texts[index];
  if (stored === undefined) return undefined;
  const row = decode(stored);
  if (kept) kept[index] = row;
  return row;
}

/** `Array.prototype.slice`'s reading of a start or end: negative counts from the end. */
function bound(value: number, length: number): number {
  const integer = Math.trunc(Number(value)) || 0;
  return integer < 0 ? Math.max(length + integer, 0) : Math.min(integer, length);
}

function indexOf(property: string): number | undefined {
  const code = property.charCodeAt(0);
  if (code < 48 || code > 57) return undefined;
  const index = Number(property);
  return Number.isInteger(index) && String(index) === property ? index : undefined;
}
