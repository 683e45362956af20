import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tritonApi } from '../../src/apis/triton/index.ts';
import type { TritonState } from '../../src/apis/triton/state.ts';
import { Runtime } from '../../src/core/state/index.ts';
import {
  cheapToRewrite,
  compactionThreshold,
  FileStore,
} from '../../src/core/state/file/file-store.ts';
import { diskFiles, type StoreFiles } from '../../src/core/state/file/files.ts';
import { applyToState, modelOf, sameModel, type Model, type Op } from '../support/triton-model.ts';

// A stop must not rewrite a large store (issue 19): the acknowledged changes are in the log already.

const apis = [tritonApi()];
/** About 200 KB of store file: far above the tiny compaction threshold the tests set. */
const SEED = { seed: 1, users: 300 };
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function seeded(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'facsimile-stop-'));
  dirs.push(dir);
  const file = join(dir, 'db.json');
  await (await Runtime.start(new FileStore(file), apis, SEED)).close();
  return file;
}

const inserts: Op[] = Array.from({ length: 12 }, (_, n) => ({
  kind: 'insert',
  login: n,
  email: n,
}));

/** Applies `ops`, each acknowledged; returns the users the running state then shows. */
async function applied(runtime: Runtime, ops: Op[]): Promise<Model> {
  for (const op of ops)
    await runtime.transact('triton', (state) => applyToState(state as TritonState, op));
  const live = modelOf({ meta: runtime.meta, apis: { triton: runtime.dataOf('triton') } });
  for (const op of ops) expect(live.has(`p${op.login}`)).toBe(true);
  return live;
}

/** The file's identity: a full write renames a new file over it, with a new inode. */
async function identity(file: string): Promise<string> {
  const info = await stat(file);
  return `${info.ino}:${info.mtimeMs}:${info.size}`;
}

async function restartedModel(file: string): Promise<Model> {
  const restarted = await Runtime.start(new FileStore(file), apis, SEED);
  try {
    return modelOf({ meta: restarted.meta, apis: { triton: restarted.dataOf('triton') } });
  } finally {
    await restarted.close();
  }
}

/** The disk, except that a full write's temporary file takes its first batch only once let go. */
function gatedFiles(): { files: StoreFiles; opened: Promise<void>; letGo: () => void } {
  let letGo = () => {};
  let signalOpened = () => {};
  const gate = new Promise<void>((resolve) => (letGo = resolve));
  const opened = new Promise<void>((resolve) => (signalOpened = resolve));
  const files: StoreFiles = {
    ...diskFiles,
    open: async (path, flags) => {
      const handle = await diskFiles.open(path, flags);
      if (!path.endsWith('.tmp')) return handle;
      signalOpened();
      return { ...handle, write: async (text) => (await gate, handle.write(text)) };
    },
  };
  return { files, opened, letGo };
}

describe('a clean stop of a large store (issue 19)', () => {
  it('leaves the store file as it was and its changes in the log; a restart has them', async () => {
    const file = await seeded();
    const before = await identity(file);
    const runtime = await Runtime.start(
      new FileStore(file, { compactAfterBytes: 64 * 1024 }),
      apis,
      SEED,
    );
    const model = await applied(runtime, inserts);
    await runtime.close();
    expect(await identity(file)).toBe(before);
    expect((await readFile(`${file}.log`, 'utf8')).split('\n')).toHaveLength(inserts.length + 1);
    expect(sameModel(await restartedModel(file), model)).toBe(true);
  });

  it('gives up a compaction under way, leaving no temporary file and losing nothing', async () => {
    const file = await seeded();
    const before = await identity(file);
    const { files, opened, letGo } = gatedFiles();
    // Any change starts a compaction: the log is over the threshold at once.
    const store = new FileStore(file, { compactAfterBytes: 1, files });
    const runtime = await Runtime.start(store, apis, SEED);
    const model = await applied(runtime, inserts);
    await opened;
    const closing = runtime.close();
    letGo();
    await closing;
    expect(await identity(file)).toBe(before);
    expect((await readdir(join(file, '..'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The moved-aside log waits for the next compaction, and is replayed until then.
    expect((await readFile(`${file}.log.old`, 'utf8')).length).toBeGreaterThan(0);
    expect(sameModel(await restartedModel(file), model)).toBe(true);
  });

  it('folds a moved-aside log into a large file by a compaction after the start, not at it', async () => {
    const file = await seeded();
    const { files, opened, letGo } = gatedFiles();
    const first = await Runtime.start(
      new FileStore(file, { compactAfterBytes: 1, files }),
      apis,
      SEED,
    );
    await applied(first, inserts.slice(0, 6));
    await opened;
    const closing = first.close();
    letGo();
    await closing;
    expect((await readFile(`${file}.log.old`, 'utf8')).length).toBeGreaterThan(0);
    const before = await identity(file);
    const gated = gatedFiles();
    const store = new FileStore(file, { compactAfterBytes: 64 * 1024, files: gated.files });
    const runtime = await Runtime.start(store, apis, SEED);
    // The start itself rewrote nothing; the compaction it began writes beside the requests.
    expect(await identity(file)).toBe(before);
    await gated.opened;
    gated.letGo();
    await store.compact(() => runtime.takeView(true));
    expect(await identity(file)).not.toBe(before);
    expect(await readFile(`${file}.log.old`, 'utf8').catch(() => 'gone')).toBe('gone');
    const all = await applied(runtime, inserts.slice(6));
    await runtime.close();
    const shown = modelOf(await Runtime.peek(new FileStore(file), apis));
    expect(sameModel(shown, all)).toBe(true);
  });

  it('a compaction taking its view table by table loses no change made between two tables', async () => {
    const file = await seeded();
    // No compaction but the one started here; a stop that rewrites nothing (as after kill -9).
    const store = new FileStore(file, { compactAfterBytes: 1 << 30 });
    const runtime = await Runtime.start(store, apis, SEED);
    const changes: Promise<unknown>[] = [];
    const change = () =>
      runtime.transact('triton', (state) => {
        const tables = state as TritonState;
        tables.accounts.insert({
          id: 'a-step',
          login: 'step',
          email: 's@x.io',
          tokens: [],
          keys: [],
        });
        applyToState(tables, { kind: 'insert', login: 1, email: 1 });
      });
    await store.compact(() => {
      const taken = runtime.takeView(true);
      const [first, ...rest] = taken.steps ?? [];
      expect(rest.length).toBeGreaterThan(0);
      // Right after the first table (accounts) is frozen: a change to it and to a later one.
      taken.steps = [() => (first?.(), changes.push(change())), ...rest];
      return taken;
    });
    await Promise.all(changes);
    const live = JSON.stringify(runtime.dataOf('triton'));
    await store.release();
    const shown = await Runtime.peek(new FileStore(file), apis);
    expect(JSON.stringify(shown?.apis.triton)).toBe(live);
    expect(live).toContain('"a-step"');
  });
});

describe('when the file store compacts and folds (issue 19)', () => {
  const MB = 1024 * 1024;
  it('compacts a large file once its log passes an eighth of it, a small one at 32 MB', () => {
    expect(compactionThreshold(354 * MB, undefined)).toBe(44.25 * MB);
    expect(compactionThreshold(10 * MB, undefined)).toBe(32 * MB);
    // --compact-after is taken as given, whatever the file's size.
    expect(compactionThreshold(354 * MB, 64 * 1024)).toBe(64 * 1024);
  });

  it('folds the log at a stop only into a file under 8 MB (and under --compact-after)', () => {
    expect(cheapToRewrite(7 * MB, undefined)).toBe(true);
    expect(cheapToRewrite(354 * MB, undefined)).toBe(false);
    expect(cheapToRewrite(100 * 1024, 64 * 1024)).toBe(false);
  });
});
