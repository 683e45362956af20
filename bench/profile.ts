// Where the read path's and the start-up's time goes: each read under load on facsimile and on
// the Express + express-openapi-validator floor with `--cpu-prof`, garbage collections counted,
// and the functions with the most self time, per request. Needs `npm run build` first.
// `node --import tsx bench/profile.ts [reads|start-up|<read key>] [requests]` (default all, 10,000).
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { ROOT, startBare } from './baselines.ts';
import { startFacsimile } from './facsimile.ts';
import { killAll, stopServer, type ServerProcess } from './processes.ts';
import { cannedAnswer } from './read-path.ts';
import { DEMO_AUTH, READ_OPERATIONS, type ReadOperation } from './scenarios.ts';

const PRELOAD = join(import.meta.dirname, 'profile-preload.js');
const TOP = 12;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
type GcCounts = Record<string, { count: number; ms: number; maxMs: number }>;

/** Runs `start` with profiling flags on; returns the server and where its profile goes. */
async function profiled<T extends { server: ServerProcess }>(
  dir: string,
  name: string,
  start: (nodeFlags: string[]) => Promise<T>,
): Promise<T & { profileDir: string; gcFile: string }> {
  const profileDir = join(dir, name);
  await mkdir(profileDir, { recursive: true });
  const gcFile = join(profileDir, 'gc.json');
  process.env.PROFILE_DIR = profileDir;
  const flags = [
    ...(name === 'start-up' ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    '--import',
    PRELOAD,
  ];
  return { ...(await start(flags)), profileDir, gcFile };
}

async function summary(profileDir: string, gcFile: string, requests: number): Promise<string> {
  const file = (await readdir(profileDir)).find((name) => name.includes('.cpuprofile'));
  if (!file) return '  (no profile written)';
  const profile = JSON.parse(await readFile(join(profileDir, file), 'utf8')) as CpuProfile;
  const gc = JSON.parse(await readFile(gcFile, 'utf8').catch(() => '{}')) as GcCounts;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, at) => {
    const delta = profile.timeDeltas[at] ?? 0;
    total += delta;
    const frame = byId.get(id)?.callFrame;
    const key = frame ? `${frame.functionName || '(anonymous)'} ${where(frame)}` : '?';
    self.set(key, (self.get(key) ?? 0) + delta);
  });
  const per = (us: number) =>
    requests > 0 ? `${(us / requests).toFixed(1)} µs/req` : `${(us / 1000).toFixed(0)} ms`;
  const per10k = requests > 0 ? 10_000 / requests : 1;
  const gcLine = Object.entries(gc)
    .map(
      ([kind, f]) =>
        `${kind} ${Math.round(f.count * per10k)} (${(f.ms * per10k).toFixed(0)} ms, max ${f.maxMs.toFixed(1)})`,
    )
    .join(', ');
  const top = [...self.entries()]
    .filter(([key]) => !key.startsWith('(idle)') && !key.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([key, us]) => `    ${per(us).padStart(14)}  ${key}`);
  const idle = self.get('(idle) ') ?? 0;
  return [
    `  CPU busy ${per(total - idle)}; GC per ${requests > 0 ? '10,000 requests' : 'start'}: ${gcLine}`,
    ...top,
  ].join('\n');
}

function where(frame: ProfileNode['callFrame']): string {
  if (!frame.url) return '';
  const path = frame.url.replace(/^file:\/\//, '');
  const inRepo = relative(ROOT, path);
  const shown = inRepo.startsWith('node_modules/') ? inRepo.slice('node_modules/'.length) : inRepo;
  return `${shown}:${frame.lineNumber + 1}`;
}

async function load(url: string, requests: number): Promise<void> {
  await autocannon({ url, connections: 50, amount: requests, headers: DEMO_AUTH });
}

async function profileRead(dir: string, op: ReadOperation, requests: number): Promise<void> {
  const db = join(dir, `${op.key}.json`);
  const stub = await profiled(dir, `${op.key}-facsimile`, (flags) =>
    startFacsimile({ db, core: undefined, timeoutMs: 60_000, nodeFlags: flags }),
  );
  const answer = await cannedAnswer(stub.server.url, op);
  const path = `/${op.api}${op.path}`;
  await load(`${stub.server.url}${path}`, 2_000);
  process.kill(stub.server.pid, 'SIGUSR2');
  await sleep(200);
  await load(`${stub.server.url}${path}`, requests);
  await stopServer(stub.server);
  const floor = await profiled(dir, `${op.key}-floor`, (flags) =>
    startBare('validator', [answer], dir, undefined, flags),
  );
  await load(`${floor.server.url}${path}`, 2_000);
  process.kill(floor.server.pid, 'SIGUSR2');
  await sleep(200);
  await load(`${floor.server.url}${path}`, requests);
  await stopServer(floor.server);
  console.log(`\n${op.title}, facsimile (${requests} requests after 2,000 to warm up):`);
  console.log(await summary(stub.profileDir, stub.gcFile, requests));
  console.log(`${op.title}, Express + EOV floor:`);
  console.log(await summary(floor.profileDir, floor.gcFile, requests));
}

async function profileStartUp(dir: string): Promise<void> {
  const stub = await profiled(dir, 'start-up', (flags) =>
    startFacsimile({
      db: join(dir, 'start-up.json'),
      core: undefined,
      timeoutMs: 60_000,
      nodeFlags: flags,
    }),
  );
  await stopServer(stub.server);
  console.log(`\nfacsimile serve, spawn to first 200 (${stub.startupMs.toFixed(0)} ms profiled):`);
  console.log(await summary(stub.profileDir, stub.gcFile, 0));
}

const [what = 'all', countText = '10000'] = process.argv.slice(2);
const dir = await mkdtemp(join(tmpdir(), 'facsimile-profile-'));
try {
  if (what === 'all' || what === 'start-up') await profileStartUp(dir);
  for (const op of READ_OPERATIONS)
    if (what === 'all' || what === 'reads' || what === op.key)
      await profileRead(dir, op, Number(countText));
} finally {
  killAll();
  // PROFILE_KEEP=1 leaves the profiles for a closer look (DevTools, speedscope).
  if (process.env.PROFILE_KEEP) console.log(`\nprofiles kept in ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
