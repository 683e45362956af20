// A table opened from a saved packed form (a store image) answers as one built from the rows, and
// a saved form indexed by other functions than the spec's is not used (issue 19).
import { describe, expect, it } from 'vitest';
import { Table } from '../../src/core/state/index.ts';
import type { PackedImage } from '../../src/core/state/tables/packed-base.ts';
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

const rows: Row[] = Array.from({ length: 500 }, (_, n) => ({
  id: `r${n}`,
  email: `e${n}@example.com`,
  team: `t${n % 7}`,
}));

/** Rows on disk that come with a saved form, as a store image gives them. */
function savedRows(image: PackedImage, list: Row[]): Iterable<Row> & { packed: PackedImage } {
  return { packed: image, [Symbol.iterator]: () => list[Symbol.iterator]() };
}

function answers(table: Table<Row>) {
  return {
    all: table.all().map((row) => row.id),
    byEmail: ['e3@example.com', 'e499@example.com', 'nobody'].map(
      (email) => table.find('email', email)?.id,
    ),
    teams: ['t0', 't6', 'none'].map((team) => table.group('team', team).map((row) => row.id)),
  };
}

describe('a saved packed table (issue 19)', () => {
  const built = new Table('rows', spec, rows);
  const image = built.imageOf(rows)!;

  it('opens to the same answers as the table built from the rows', () => {
    const fromImage = new Table('rows', spec, savedRows(image, []));
    expect(fromImage.size).toBe(rows.length);
    expect(answers(fromImage)).toEqual(answers(built));
  });

  it('is not used for a spec whose functions index the rows differently', () => {
    // Same index names, other functions: the rows listed beside the image are read instead.
    const other: TableSpec<Row> = {
      key: (row) => row.id,
      unique: { email: (row) => row.email.toUpperCase() },
      groups: { team: (row) => `${row.team}!` },
    };
    const table = new Table('rows', other, savedRows(image, rows));
    expect(table.find('email', 'E3@EXAMPLE.COM')?.id).toBe('r3');
    expect(table.group('team', 't0!').length).toBe(72);
  });

  it('is not used when its parts do not hold together', () => {
    const positions = new Float64Array(rows.length).fill(2 ** 40);
    const broken = {
      ...image,
      parts: { ...image.parts, arrays: { ...image.parts.arrays, positions } },
    };
    const table = new Table('rows', spec, savedRows(broken, rows));
    expect(answers(table)).toEqual(answers(built));
    // A hash table with no free slot would make a look-up probe for ever.
    const full = new Uint32Array(image.parts.arrays.slots!.length).fill(1);
    const endless = {
      ...image,
      parts: { ...image.parts, arrays: { ...image.parts.arrays, slots: full } },
    };
    expect(answers(new Table('rows', spec, savedRows(endless, rows)))).toEqual(answers(built));
  });
});
