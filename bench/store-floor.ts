// The memory floor of a large store: its file opened into tables exactly as the stub opens it,
// in a process that does nothing else. Prints what the rows take in the V8 heap and in the
// tables' buffers outside it (after a full collection each side), and how many rows there are.
// `node --expose-gc --import tsx bench/store-floor.ts <db.json>`
import { allApis } from '../src/apis/index.ts';
import { Runtime } from '../src/core/state/index.ts';
import { FileStore } from '../src/core/state/file/file-store.ts';

const MB = 1024 * 1024;
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with --expose-gc');

function used(): number {
  collect?.();
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.arrayBuffers;
}

const before = used();
const runtime = await Runtime.start(new FileStore(process.argv[2] ?? ''), allApis, {
  seed: 0,
  users: 0,
});
const after = used();
let rows = 0;
for (const api of allApis)
  for (const table of runtime.opened(api.name).tables.values()) rows += table.size;
console.log(JSON.stringify({ heapMb: Math.round((after - before) / MB), rows }));
