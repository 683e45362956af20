import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table } from '../../src/core/state/index.ts';
import type { TableSpec } from '../../src/core/state/tables/table.ts';

interface Row {
  id: string;
  email: string;
  team: string;
}

const spec: TableSpec<Row> = {
  key: (row) => row.id,
  unique: { email: (row) => row.email },
  groups: { team: (row) => row.team },
};

type Op = { kind: 'put' | 'remove'; id: number; email: number; team: number };
const opArb = fc.record({
  kind: fc.constantFrom('put', 'remove') as fc.Arbitrary<Op['kind']>,
  id: fc.nat(8),
  email: fc.nat(20),
  team: fc.nat(2),
});

/** When each row last joined its group: a group lists its rows in the order they joined it. */
const joined = new WeakMap<Row, number>();
let joins = 0;

/** The naive model: an array in table order, a put keeping an existing row's place. */
function applyToModel(rows: Row[], op: Op): Row[] {
  const id = `r${op.id}`;
  const at = rows.findIndex((row) => row.id === id);
  if (op.kind === 'remove') return at < 0 ? rows : rows.filter((row) => row.id !== id);
  const next = { id, email: `e${op.email}`, team: `t${op.team}` };
  if (rows.some((row) => row.email === next.email && row.id !== id)) return rows;
  const old = rows[at];
  joined.set(next, old && old.team === next.team ? joined.get(old)! : (joins += 1));
  return at < 0 ? [...rows, next] : rows.map((row) => (row.id === id ? next : row));
}

function applyToTable(table: Table<Row>, op: Op): void {
  const id = `r${op.id}`;
  const row = table.get(id);
  if (op.kind === 'remove') {
    if (row) table.remove(row);
    return;
  }
  const next = { id, email: `e${op.email}`, team: `t${op.team}` };
  const holder = table.find('email', next.email);
  if (holder && holder.id !== id) return;
  if (row) table.replace(row, next);
  else table.insert(next);
}

function expectSame(table: Table<Row>, model: Row[]): void {
  expect(table.all()).toEqual(model);
  expect(table.size).toBe(model.length);
  for (const team of ['t0', 't1', 't2'])
    expect(table.group('team', team)).toEqual(
      model.filter((row) => row.team === team).sort((a, b) => joined.get(a)! - joined.get(b)!),
    );
  for (let n = 0; n <= 20; n += 1)
    expect(table.find('email', `e${n}`)).toEqual(model.find((row) => row.email === `e${n}`));
}

const listening = (table: Table<Row>) => {
  table.listen(() => undefined);
  return table;
};

describe('a table (issue 11)', () => {
  it('keeps rows, unique look-ups and groups in table order, like a plain list', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const table = listening(new Table('rows', spec));
        let model: Row[] = [];
        for (const op of ops) {
          applyToTable(table, op);
          model = applyToModel(model, op);
          expectSame(table, model);
        }
      }),
    );
  });

  it('opened with rows (packed outside the heap), then changed, still behaves like a plain list', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 40 }),
        fc.array(opArb, { maxLength: 40 }),
        (baseOps, ownOps) => {
          let model: Row[] = [];
          for (const op of baseOps) model = applyToModel(model, op);
          // Rows loaded from a store join their groups in table order.
          for (const row of model) joined.set(row, (joins += 1));
          const table = listening(new Table('rows', spec, model));
          expectSame(table, model);
          for (const op of ownOps) {
            applyToTable(table, op);
            model = applyToModel(model, op);
            expectSame(table, model);
          }
        },
      ),
    );
  });

  it('as an overlay, sees its base plus its own changes and leaves the base as it was', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 30 }),
        fc.array(opArb, { maxLength: 30 }),
        (baseOps, ownOps) => {
          const base = listening(new Table('rows', spec));
          let model: Row[] = [];
          for (const op of baseOps) {
            applyToTable(base, op);
            model = applyToModel(model, op);
          }
          const before = base.all();
          const overlay = listening(base.overlay());
          for (const op of ownOps) {
            applyToTable(overlay, op);
            model = applyToModel(model, op);
          }
          expect(new Set(overlay.all().map((row) => row.id))).toEqual(
            new Set(model.map((row) => row.id)),
          );
          for (const row of model) expect(overlay.get(row.id)).toEqual(row);
          for (let n = 0; n <= 20; n += 1)
            expect(overlay.find('email', `e${n}`)).toEqual(
              model.find((row) => row.email === `e${n}`),
            );
          for (const team of ['t0', 't1', 't2'])
            expect(new Set(overlay.group('team', team).map((row) => row.id))).toEqual(
              new Set(model.filter((row) => row.team === team).map((row) => row.id)),
            );
          expect(base.all()).toEqual(before);
        },
      ),
    );
  });

  it('a frozen view keeps the rows as they were while changes go on', () => {
    const table = listening(new Table('rows', spec));
    table.insert({ id: 'a', email: 'a', team: 't' });
    table.insert({ id: 'b', email: 'b', team: 't' });
    const frozen = table.freeze();
    table.remove(table.get('a')!);
    table.replace(table.get('b')!, { id: 'b', email: 'b2', team: 't' });
    table.insert({ id: 'c', email: 'c', team: 't' });
    expect([...frozen.rows()]).toEqual([
      { id: 'a', email: 'a', team: 't' },
      { id: 'b', email: 'b', team: 't' },
    ]);
    frozen.release();
  });

  it('refuses a change outside a transaction', () => {
    const table = new Table('rows', spec);
    expect(() => table.insert({ id: 'a', email: 'a', team: 't' })).toThrow(/outside a transaction/);
  });
});
