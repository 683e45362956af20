import { describe, expect, it } from 'vitest';
import { heapCeilingHint } from '../../src/core/state/index.ts';
import { heapCeilingMb } from '../../src/core/state/heap-ceiling.ts';

const MB = 1024 * 1024;

describe('the heap ceiling a store suggests', () => {
  it('follows the store: 0.6 of the file plus room for the server, in 64 MB steps', () => {
    expect(heapCeilingMb(0)).toBe(128);
    // The bench's 100,000 users per API: a 354 MB file.
    expect(heapCeilingMb(354 * MB)).toBe(384);
    expect(heapCeilingMb(2_000 * MB)).toBe(1_344);
  });

  it('is suggested only for a large store under a limit far above it', () => {
    expect(heapCeilingHint(10 * MB, 4_096 * MB)).toBeUndefined();
    expect(heapCeilingHint(354 * MB, 4_096 * MB)).toContain(
      'NODE_OPTIONS=--max-old-space-size=384',
    );
    expect(heapCeilingHint(354 * MB, 4_096 * MB)).toContain(
      'with `facsimile reset` while it is stopped',
    );
    expect(heapCeilingHint(354 * MB, 384 * MB)).toBeUndefined();
  });
});
