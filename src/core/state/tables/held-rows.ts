/**
 * Rows read by key that someone still holds: reading an unchanged row again
 * gives the same object, as when rows were kept as objects (provider code
 * compares a look-up's row with the principal's by identity). An entry goes
 * once its row is collected; a changed row (another stored form) is decoded
 * afresh.
 */
export class HeldRows<Stored> {
  readonly #held = new Map<string, { stored: Stored; row: WeakRef<object> }>();
  readonly #letGo = new FinalizationRegistry<string>((key) => {
    if (this.#held.get(key)?.row.deref() === undefined) this.#held.delete(key);
  });

  /** The object last given for `key`, if its row is still `stored` and someone holds it. */
  get(key: string, stored: Stored): object | undefined {
    const held = this.#held.get(key);
    return held?.stored === stored ? held.row.deref() : undefined;
  }

  hold<Row>(key: string, stored: Stored, row: Row): Row {
    if (typeof row === 'object' && row !== null) {
      this.#held.set(key, { stored, row: new WeakRef(row) });
      this.#letGo.register(row, key);
    }
    return row;
  }
}
