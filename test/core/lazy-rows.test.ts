import { describe, expect, it } from 'vitest';
import { Table } from '../../src/core/state/index.ts';
import { LAZY_FROM, rowsOf } from '../../src/core/state/tables/lazy-rows.ts';
import type { TableSpec } from '../../src/core/state/tables/table.ts';

interface Row {
  id: number;
}

/** The rows of `count` texts, and how many of them have been decoded so far. */
function counted(count: number) {
  const texts = Array.from({ length: count }, (_, id) => JSON.stringify({ id }));
  const decoded = { count: 0 };
  const rows = rowsOf(texts, (text: string): Row => {
    decoded.count += 1;
    return JSON.parse(text) as Row;
  });
  return { rows, decoded };
}

describe('rows decoded as they are read', () => {
  it('decodes only the page a short list serves', () => {
    const { rows, decoded } = counted(50);
    expect(rows.length).toBe(50);
    expect(decoded.count).toBe(0);
    expect(rows.slice(20, 40).map((row) => row.id)).toEqual(
      Array.from({ length: 20 }, (_, at) => 20 + at),
    );
    expect(decoded.count).toBe(20);
  });

  it('gives a short list’s reader the same object on each read, as a plain array would', () => {
    const { rows, decoded } = counted(LAZY_FROM - 1);
    const first = rows[3];
    expect(rows[3]).toBe(first);
    expect([...rows][3]).toBe(first);
    expect(rows.find((row) => row.id === 3)).toBe(first);
    expect(decoded.count).toBe(LAZY_FROM - 1);
    expect(Array.isArray(rows)).toBe(true);
    expect(rows[LAZY_FROM]).toBeUndefined();
  });

  it('decodes a long list anew on each read, holding none of it', () => {
    const { rows, decoded } = counted(LAZY_FROM);
    expect(rows[5]).toEqual(rows[5]);
    expect(rows[5]).not.toBe(rows[5]);
    expect(decoded.count).toBe(4);
  });

  it('is read-only and an empty list is a plain empty array', () => {
    const { rows } = counted(3);
    expect(() => {
      'use strict';
      (rows as Row[])[0] = { id: 9 };
    }).toThrow(TypeError);
    expect(rows.map((row) => row.id)).toEqual([0, 1, 2]);
    expect(counted(0).rows).toEqual([]);
  });
});

describe("a short group's rows", () => {
  interface Member {
    id: string;
    team: string;
  }
  const spec: TableSpec<Member> = { key: (row) => row.id, groups: { team: (row) => row.team } };
  const members = (count: number) =>
    Array.from({ length: count }, (_, at) => ({ id: `m${at}`, team: at % 2 ? 'odd' : 'even' }));

  it('are the objects a look-up gives while someone holds them, so a page read again decodes nothing', () => {
    const table = new Table('members', spec, members(40));
    const page = table.group('team', 'even').slice(0, 5);
    expect(page.map((row) => row.id)).toEqual(['m0', 'm2', 'm4', 'm6', 'm8']);
    expect(table.group('team', 'even')[2]).toBe(page[2]);
    expect(table.get('m4')).toBe(page[2]);
    expect(table.all()[4]).toBe(page[2]);
  });

  it('are decoded afresh once their row changes', () => {
    const table = new Table('members', spec, members(4));
    table.listen(() => undefined);
    const before = table.group('team', 'odd')[0] as Member;
    table.replace(before, { ...before });
    const after = table.group('team', 'odd')[0];
    expect(after).toEqual(before);
    expect(after).not.toBe(before);
  });
});

describe('a slice of rows read lazily', () => {
  it('reads as a plain array’s slice for every start and end', () => {
    const plain = Array.from({ length: 10 }, (_, id) => ({ id }));
    const { rows, decoded } = counted(10);
    const bounds = [undefined, -20, -3, -0, 0, 2, 9, 10, 30, 2.7, NaN, Infinity, -Infinity];
    for (const start of bounds)
      for (const end of bounds) expect(rows.slice(start, end)).toEqual(plain.slice(start, end));
    expect(decoded.count).toBe(10);
  });
});
