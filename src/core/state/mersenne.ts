import type { Randomizer } from '@faker-js/faker';

const N = 624;
const M = 397;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const MATRIX = 0x9908b0df;

/**
 * Faker's default randomizer (MT19937, 53-bit floats) giving exactly its
 * numbers, built for seeding, which reseeds before every demo record and
 * draws a few dozen numbers after each seed. Faker twists all 624 words of
 * state on every seed; here each word is twisted when it is first drawn, in
 * the same order, so a record pays for the numbers it uses. The state is kept
 * modulo 2^32, which every step of the algorithm reads it as.
 */
export function seedingRandomizer(): Randomizer {
  const state = new Int32Array(N);
  /** The next word to draw, and how many words of the current round are twisted. */
  let index = 0;
  let twisted = 0;
  const word = (at: number) => state[at] as number;

  function twistUpTo(last: number): void {
    for (; twisted <= last; twisted += 1) {
      const t = twisted;
      const next = t === N - 1 ? 0 : t + 1;
      const far = t < N - M ? t + M : t + M - N;
      const y = (word(t) & UPPER) | (word(next) & LOWER);
      state[t] = word(far) ^ (y >>> 1) ^ (-(y & 1) & MATRIX);
    }
  }

  function nextU32(): number {
    if (index === N) {
      index = 0;
      twisted = 0;
    }
    twistUpTo(index);
    let y = word(index);
    index += 1;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  function initGenrand(seed: number): void {
    state[0] = seed;
    for (let i = 1; i < N; i += 1) {
      const previous = word(i - 1);
      state[i] = Math.imul(1812433253, previous ^ (previous >>> 30)) + i;
    }
  }

  function initByArray(key: readonly number[]): void {
    initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k -= 1) {
      const previous = word(i - 1);
      state[i] =
        (word(i) ^ Math.imul(previous ^ (previous >>> 30), 1664525)) + (key[j] as number) + j;
      i += 1;
      j += 1;
      if (i >= N) {
        state[0] = word(N - 1);
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k -= 1) {
      const previous = word(i - 1);
      state[i] = (word(i) ^ Math.imul(previous ^ (previous >>> 30), 1566083941)) - i;
      i += 1;
      if (i >= N) {
        state[0] = word(N - 1);
        i = 1;
      }
    }
    state[0] = UPPER;
  }

  return {
    next() {
      const high = nextU32() >>> 5;
      const low = nextU32() >>> 6;
      return (high * 67108864 + low) * 11102230246251565e-32;
    },
    seed(seed: number | number[]) {
      if (typeof seed === 'number') initGenrand(seed);
      else initByArray(seed);
      index = 0;
      twisted = 0;
    },
  };
}
