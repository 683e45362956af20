import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteRing } from '../../src/core/control/byte-ring.ts';

const textsOf = (ring: ByteRing) => [...ring.texts()];

describe('the byte ring behind the journal', () => {
  it('keeps the last `capacity` texts, oldest first', () => {
    const ring = new ByteRing(3, 1024);
    for (const text of ['a', 'b', 'c', 'd', 'e']) ring.append(text);
    expect(textsOf(ring)).toEqual(['c', 'd', 'e']);
    expect(ring.size).toBe(3);
  });

  it('drops the oldest texts whose bytes the next one needs, wrapping round the buffer', () => {
    const ring = new ByteRing(100, 100);
    ring.append('x'.repeat(20));
    ring.append('y'.repeat(20));
    ring.append('z'.repeat(20));
    ring.append('w'.repeat(25)); // fills [60, 85)
    ring.append('v'.repeat(20)); // no room at the end: written at 0, over the x's
    expect(textsOf(ring)).toEqual(['y'.repeat(20), 'z'.repeat(20), 'w'.repeat(25), 'v'.repeat(20)]);
    ring.append('u'.repeat(10)); // [20, 30): over the y's
    expect(textsOf(ring).map((text) => text[0])).toEqual(['z', 'w', 'v', 'u']);
  });

  it('refuses a text longer than a quarter of its bytes, and keeps UTF-8 intact', () => {
    const ring = new ByteRing(10, 64);
    expect(ring.append('x'.repeat(17))).toBe(false);
    expect(ring.append('é🙂')).toBe(true);
    expect(textsOf(ring)).toEqual(['é🙂']);
    ring.clear();
    expect(textsOf(ring)).toEqual([]);
  });

  it('keeps a text appended in two parts as one, and counts both parts against its limits', () => {
    const ring = new ByteRing(10, 64);
    expect(ring.append('hé\n', 'tail 🙂')).toBe(true);
    expect(textsOf(ring)).toEqual(['hé\ntail 🙂']);
    expect(ring.append('x'.repeat(10), 'y'.repeat(7))).toBe(false);
  });

  it('always holds an unchanged run of the newest texts, within both limits', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(text, fc.option(text, { nil: undefined })), { maxLength: 60 }),
        (capacity, parts) => {
          const ring = new ByteRing(capacity, 128);
          const accepted: string[] = [];
          for (const [item, tail] of parts)
            if (ring.append(item, tail)) accepted.push(item + (tail ?? ''));
          const kept = textsOf(ring);
          expect(kept).toEqual(accepted.slice(accepted.length - kept.length));
          expect(kept.length).toBeLessThanOrEqual(capacity);
          if (accepted.length > 0) expect(kept.length).toBeGreaterThan(0);
          const bytes = kept.reduce((sum, item) => sum + Buffer.byteLength(item), 0);
          expect(bytes).toBeLessThanOrEqual(128);
        },
      ),
      { seed: 4010 },
    );
  });
});
