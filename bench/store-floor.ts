// The memory floor of a large store: its file read exactly as the stub reads it, into a process
// that does nothing else. Prints the V8 heap the rows take (after a full collection each side).
// `node --expose-gc --import tsx bench/store-floor.ts <db.json>`
import { readStoreFile } from '../src/core/state/store-file.ts';

const MB = 1024 * 1024;
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with --expose-gc');

function heapUsed(): number {
  collect?.();
  return process.memoryUsage().heapUsed;
}

const before = heapUsed();
const data = await readStoreFile(process.argv[2] ?? '');
const after = heapUsed();
console.log(
  JSON.stringify({
    heapMb: Math.round((after - before) / MB),
    apis: Object.keys(data?.apis ?? {}).length,
  }),
);
