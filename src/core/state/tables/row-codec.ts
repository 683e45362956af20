/** A table keeps at most this many object shapes; past it, new shapes are stored as plain JSON. */
const MAX_SHAPES = 4096;
/** The tag of an encoded array; an encoded object's tag is its shape's number (0 and up). */
const ARRAY = -1;

interface ShapeNode {
  id?: number;
  next?: Map<string, ShapeNode>;
}

type Encoded = unknown;

/**
 * A row as one compact JSON string: every object becomes `[shape, ...values]`
 * and every array `[-1, ...items]`, the key names kept once per shape in the
 * codec instead of once per row. Decoding gives back an object equal to
 * `JSON.parse(JSON.stringify(row))` with its keys in the same order, so an
 * answer serialized from it has the same bytes. A table's rows are mostly
 * alike (the same keys in the same order), so a table has few shapes.
 */
export class RowCodec {
  readonly #shapes: string[][] = [];
  readonly #root: ShapeNode = {};

  /** A codec that knows `shapes` already, under the same numbers (a saved table's). */
  constructor(shapes: readonly (readonly string[])[] = []) {
    for (const keys of shapes) this.#shapeOf(keys);
  }

  /** The key lists of every shape, by number. */
  get shapes(): readonly (readonly string[])[] {
    return this.#shapes.map((keys) => [...keys]);
  }

  encode(row: unknown): string {
    return JSON.stringify(this.#pack(row));
  }

  decode(text: string): unknown {
    return this.#unpack(JSON.parse(text));
  }

  #pack(value: unknown): Encoded {
    if (value === null || typeof value !== 'object') return value;
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return this.#pack(JSON.parse(JSON.stringify(value)));
    if (Array.isArray(value)) {
      const out: Encoded[] = [ARRAY];
      // JSON turns holes, functions and undefined items into null.
      for (const item of value) out.push(omitted(item) ? null : this.#pack(item));
      return out;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((key) => !omitted(record[key]));
    const shape = this.#shapeOf(keys);
    // A literal object decodes as itself: JSON.stringify writes it as it is.
    if (shape === undefined) return record;
    const out: Encoded[] = [shape];
    for (const key of keys) out.push(this.#pack(record[key]));
    return out;
  }

  #unpack(value: Encoded): unknown {
    if (!Array.isArray(value)) return value;
    const tag = value[0] as number;
    if (tag === ARRAY) {
      const items: unknown[] = [];
      for (let at = 1; at < value.length; at += 1) items.push(this.#unpack(value[at]));
      return items;
    }
    const keys = this.#shapes[tag] ?? [];
    const record: Record<string, unknown> = {};
    for (let at = 0; at < keys.length; at += 1)
      record[keys[at] as string] = this.#unpack(value[at + 1]);
    return record;
  }

  /** The shape's number, registering it if new; `undefined` when it must stay a literal. */
  #shapeOf(keys: readonly string[]): number | undefined {
    let node = this.#root;
    for (const key of keys) {
      // Assigning "__proto__" would set the prototype rather than a key: such objects stay literal.
      if (key === '__proto__') return undefined;
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        if (this.#shapes.length >= MAX_SHAPES) return undefined;
        child = {};
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.id === undefined) {
      if (this.#shapes.length >= MAX_SHAPES) return undefined;
      node.id = this.#shapes.length;
      this.#shapes.push([...keys]);
    }
    return node.id;
  }
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
