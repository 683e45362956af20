import { generateMersenne53Randomizer } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { seedingRandomizer } from '../../src/core/state/mersenne.ts';

/** Numbers drawn after each seed, past two rounds of 624 words of state. */
function draws(randomizer: { next(): number; seed(seed: number | number[]): void }) {
  const out: number[] = [];
  for (const seed of [[4010, 0, 0], [4010, 4, 99_999], [1, 2, 3, 4, 5, 6], 0, 42, 2 ** 40 + 7]) {
    randomizer.seed(seed);
    for (let n = 0; n < 1_400; n += 1) out.push(randomizer.next());
  }
  return out;
}

describe("seeding's randomizer", () => {
  it("draws exactly faker's default numbers for array and number seeds", () => {
    expect(draws(seedingRandomizer())).toEqual(draws(generateMersenne53Randomizer()));
  });
});
