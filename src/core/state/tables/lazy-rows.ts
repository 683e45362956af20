/** Lists shorter than this are decoded whole; longer ones row by row as they are read. */
export const LAZY_FROM = 64;

/**
 * A read-only array of the rows `texts` encode, decoded as each index is read:
 * a page of a 100,000-row group decodes its 20 rows, not the group. It is a
 * real array to its reader (`Array.isArray`, `length`, `slice`, `map`,
 * iteration), over a snapshot of the texts, so later changes to the table do
 * not move it under a loop that removes rows. Each read decodes anew: two
 * reads of one index give equal rows, not the same object.
 */
export function rowsOf<Stored, Row>(
  texts: readonly Stored[],
  decode: (stored: Stored) => Row,
): Row[] {
  if (texts.length < LAZY_FROM) return texts.map((stored) => decode(stored));
  return new Proxy(texts as unknown as Row[], {
    get(target, property, receiver) {
      if (typeof property === 'string') {
        const index = indexOf(property);
        if (index !== undefined) {
          const stored = texts[index];
          return stored === undefined ? undefined : decode(stored);
        }
      }
      return Reflect.get(target, property, receiver);
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

function indexOf(property: string): number | undefined {
  const code = property.charCodeAt(0);
  if (code < 48 || code > 57) return undefined;
  const index = Number(property);
  return Number.isInteger(index) && String(index) === property ? index : undefined;
}
