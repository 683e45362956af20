import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tritonApi } from '../../src/apis/triton/index.ts';
import type { TritonState } from '../../src/apis/triton/state.ts';
import { FileStore, Runtime } from '../../src/core/state/index.ts';
import {
  applyToModel,
  applyToState,
  modelOf,
  opArb,
  sameModel,
  type Model,
} from '../support/triton-model.ts';

const apis = [tritonApi()];
interface Image {
  log: string | null;
  old: string | null;
  file: string | null;
}

/** The files as a crash would leave them at one instant: log first, then the moved-aside log, then the file. */
function crashImage(file: string): Image {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  };
  const log = read(`${file}.log`);
  const old = read(`${file}.log.old`);
  return { log, old, file: read(file) };
}

async function replayImage(dir: string, image: Image): Promise<Model> {
  const file = join(dir, `image-${Math.random().toString(36).slice(2)}.json`);
  if (image.file !== null) await writeFile(file, image.file);
  if (image.log !== null) await writeFile(`${file}.log`, image.log);
  if (image.old !== null) await writeFile(`${file}.log.old`, image.old);
  return modelOf(await Runtime.peek(new FileStore(file), apis));
}

describe('the store replays to exactly the acknowledged state (issue 11)', () => {
  it('after any sequence of table changes, compactions and a crash at any point', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(40), { maxLength: 4 }),
        async (ops, crashPoints) => {
          const dir = await mkdtemp(join(tmpdir(), 'facsimile-replay-'));
          try {
            const file = join(dir, 'db.json');
            // A tiny compaction threshold: compactions run all the time, beside the appends.
            const store = new FileStore(file, { compactAfterBytes: 600 });
            const runtime = await Runtime.start(store, apis, { seed: 1, users: 0 });
            const models: Model[] = [new Map()];
            for (const op of ops) models.push(applyToModel(models.at(-1)!, op));
            let acknowledged = 0;
            const images: { image: Image; acked: number }[] = [];
            const writes = ops.map((op, at) =>
              runtime
                .transact('triton', (state) => applyToState(state as TritonState, op))
                .then(() => {
                  acknowledged = Math.max(acknowledged, at + 1);
                  if (crashPoints.includes(at))
                    images.push({ image: crashImage(file), acked: at + 1 });
                }),
            );
            await Promise.all(writes);
            images.push({ image: crashImage(file), acked: ops.length });
            for (const { image, acked } of images) {
              const replayed = await replayImage(dir, image);
              // Everything acknowledged is there; anything more is a later change in flight, whole.
              const matches = models.slice(acked).some((model) => sameModel(model, replayed));
              expect(matches, `after ${acked} acknowledged changes`).toBe(true);
            }
            await runtime.close();
            expect(sameModel(await replayImage(dir, crashImage(file)), models.at(-1)!)).toBe(true);
          } finally {
            await rm(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
