// Every answer on the documented surface stays byte for byte what it was when the fixture was
// recorded (scripts/record-replay.ts): a change made for speed or structure must not show.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { REPLAY_FIXTURE, replayAll, type RecordedAnswer } from '../support/replay.ts';

describe('replayed requests answer as recorded', () => {
  // In memory, each API is seeded on its first request; on disk, all of them at start.
  it.each(['file', 'memory'] as const)(
    'store in a %s: every status, header and body of the five APIs and the journal is unchanged',
    async (store) => {
      const recorded = JSON.parse(await readFile(REPLAY_FIXTURE, 'utf8')) as RecordedAnswer[];
      const answers = await replayAll(store);
      expect(answers.map((answer) => answer.request)).toEqual(recorded.map((r) => r.request));
      for (const [index, answer] of answers.entries()) {
        expect(answer, `answer ${index}: ${answer.request}`).toEqual(recorded[index]);
      }
    },
    60_000,
  );
});
