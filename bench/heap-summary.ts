// What holds the bytes once a store is open: the store file opened as `facsimile serve` opens it,
// a full collection, then a heap snapshot summarised by node type and constructor.
// `node --expose-gc --import tsx bench/heap-summary.ts <db.json> [snapshot file]`
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { writeHeapSnapshot } from 'node:v8';
import { allApis } from '../src/apis/index.ts';
import { Runtime } from '../src/core/state/index.ts';
import { FileStore } from '../src/core/state/file/file-store.ts';

const MB = 1024 * 1024;
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with --expose-gc');
const [db = '', snapshotFile] = process.argv.slice(2);

collect();
const floor = process.memoryUsage();
const startedAt = performance.now();
const runtime = await Runtime.start(new FileStore(db), allApis, { seed: 4010, users: 25 });
const openMs = performance.now() - startedAt;
collect();
const open = process.memoryUsage();
console.log(
  JSON.stringify({
    openMs: Math.round(openMs),
    heapMb: Math.round((open.heapUsed - floor.heapUsed) / MB),
    rssMb: Math.round(open.rss / MB),
    externalMb: Math.round((open.external + open.arrayBuffers - floor.external) / MB),
  }),
);
if (snapshotFile) {
  writeHeapSnapshot(snapshotFile);
  console.log(formatSummary(await summarise(snapshotFile)));
  await rm(snapshotFile, { force: true });
}
void runtime;

interface Group {
  count: number;
  bytes: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings?: string[];
}

/**
 * Self sizes by "type: constructor" over a .heapsnapshot file. A large heap's
 * file is longer than a string can be, so its node list and its string table
 * are parsed apart (the edges between them are not needed).
 */
async function summarise(file: string): Promise<Map<string, Group>> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(file)) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const edgesAt = bytes.indexOf('"edges":[');
  const stringsAt = bytes.lastIndexOf('"strings":[');
  const head = bytes.toString('utf8', 0, edgesAt).replace(/,\s*$/, '}');
  const snapshot = JSON.parse(head) as Snapshot;
  snapshot.strings = (
    JSON.parse(`{${bytes.toString('utf8', stringsAt)}`) as { strings: string[] }
  ).strings;
  return grouped(snapshot);
}

function grouped(snapshot: Snapshot): Map<string, Group> {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const groups = new Map<string, Group>();
  for (let at = 0; at < snapshot.nodes.length; at += fields.length) {
    const type = types[snapshot.nodes[at + (typeAt ?? 0)] ?? 0] ?? '?';
    const name = snapshot.strings?.[snapshot.nodes[at + (nameAt ?? 0)] ?? 0] ?? '';
    const label =
      type === 'object' || type === 'hidden' || type === 'native' ? `${type}: ${name}` : type;
    const group = groups.get(label) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += snapshot.nodes[at + (sizeAt ?? 0)] ?? 0;
    groups.set(label, group);
  }
  return groups;
}

function formatSummary(groups: Map<string, Group>): string {
  const rows = [...groups].sort((a, b) => b[1].bytes - a[1].bytes);
  const total = rows.reduce((sum, [, group]) => sum + group.bytes, 0);
  const lines = [`| held by | objects | MB |`, `|---|---:|---:|`];
  for (const [label, group] of rows.slice(0, 12))
    lines.push(
      `| ${label} | ${group.count.toLocaleString('en-US')} | ${(group.bytes / MB).toFixed(1)} |`,
    );
  lines.push(`| total (${rows.length} kinds) | | ${(total / MB).toFixed(1)} |`);
  return lines.join('\n');
}
