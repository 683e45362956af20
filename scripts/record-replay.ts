// Records the answers the replay test compares against: run on the commit whose answers are
// the reference (`npx tsx scripts/record-replay.ts`), then commit test/fixtures/replay.json.
import { writeFile } from 'node:fs/promises';
import { REPLAY_FIXTURE, replayAll } from '../test/support/replay.ts';

const answers = await replayAll();
await writeFile(REPLAY_FIXTURE, `${JSON.stringify(answers, null, 2)}\n`);
console.log(`${answers.length} answers recorded in test/fixtures/replay.json`);
