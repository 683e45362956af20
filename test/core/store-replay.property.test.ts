import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tritonApi } from '../../src/apis/triton/index.ts';
import type { StoredUser, TritonState } from '../../src/apis/triton/state.ts';
import { FileStore, Runtime } from '../../src/core/state/index.ts';

const apis = [tritonApi()];
type Op = { kind: 'insert' | 'replace' | 'remove'; login: number; email: number };
type Model = Map<string, string>;
interface Image {
  log: string | null;
  old: string | null;
  file: string | null;
}

const opArb = fc.record({
  kind: fc.constantFrom('insert', 'replace', 'remove') as fc.Arbitrary<Op['kind']>,
  login: fc.nat(12),
  email: fc.nat(1000),
});

/** Applies `op` to the model as the table would (an op that cannot apply changes nothing). */
function applyToModel(model: Model, op: Op): Model {
  const next = new Map(model);
  const login = `p${op.login}`;
  if (op.kind === 'insert' && !next.has(login)) next.set(login, `e${op.email}@example.com`);
  if (op.kind === 'replace' && next.has(login)) next.set(login, `e${op.email}@example.com`);
  if (op.kind === 'remove') next.delete(login);
  return next;
}

function applyToState(state: TritonState, op: Op): void {
  const login = `p${op.login}`;
  const row = state.users.find('login', `demo/${login}`);
  const email = `e${op.email}@example.com`;
  if (op.kind === 'insert' && !row) state.users.insert(userRow(login, email));
  if (op.kind === 'replace' && row)
    state.users.replace(row, { ...row, user: { ...row.user, email } });
  if (op.kind === 'remove' && row) state.users.remove(row);
}

function userRow(login: string, email: string): StoredUser {
  const time = '2026-01-01T00:00:00.000Z';
  const id = `00000000-0000-4000-8000-${login.padStart(12, '0')}`;
  return {
    account: 'demo',
    passwordHash: 'x',
    roles: [],
    defaultRoles: [],
    user: { id, login, email, created: time, updated: time },
  };
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
  const data = await Runtime.peek(new FileStore(file), apis);
  const users = (data?.apis.triton as { users: StoredUser[] }).users;
  const model: Model = new Map();
  for (const row of users) {
    if (!row.user.login.startsWith('p')) continue;
    if (model.has(row.user.login)) throw new Error(`${row.user.login} is there twice`);
    model.set(row.user.login, row.user.email);
  }
  return model;
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

function sameModel(a: Model, b: Model): boolean {
  return a.size === b.size && [...a].every(([login, email]) => b.get(login) === email);
}
