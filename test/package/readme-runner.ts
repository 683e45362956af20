import { spawn, type ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { consumerEnv, run } from './project.ts';
import { readmeBlocks, type ReadmeBlock } from './readme.ts';

/**
 * The README's commands name the default ports (4010, and 4011 to 4015 for the APIs' own).
 * A shared machine may have them taken, so each run moves them to `base`..`base + 5`.
 */
export function onPorts(text: string, base: number): string {
  return text
    .replace(/\b401([0-5])\b/g, (_, offset: string) => String(base + Number(offset)))
    .replace(/(facsimile serve)(?![^\n]*--port)/g, `$1 --port ${base}`);
}

/** Runs a `sh` block as a reader pastes it into bash; answers what it printed. */
export async function runShell(dir: string, block: ReadmeBlock, base: number): Promise<string> {
  const { stdout, stderr } = await run(dir, 'bash', [
    '-euo',
    'pipefail',
    '-c',
    onPorts(block.text, base),
  ]);
  return stdout + stderr;
}

interface Step {
  command: string;
  expected: string[];
  /** `serve` runs until the `^C` (an `interrupt` step) that follows it, while the next commands run. */
  kind: 'run' | 'serve' | 'interrupt';
}

/** `$ command` lines (with `\` continuations), each followed by the output the README shows. */
export function stepsOf(text: string): Step[] {
  const steps: Step[] = [];
  let open = false;
  for (const line of text.split('\n')) {
    const step = steps.at(-1);
    if (open && step) step.command += `\n${line}`;
    else if (line.startsWith('$ '))
      steps.push({ command: line.slice(2), expected: [], kind: 'run' });
    else if (line === '^C') {
      const server = [...steps]
        .reverse()
        .find((candidate) => candidate.command.includes('facsimile serve'));
      if (server) server.kind = 'serve';
      steps.push({ command: '', expected: [], kind: 'interrupt' });
    } else if (step && line.trim() && line.trim() !== '...') step.expected.push(line);
    open = (open || line.startsWith('$ ')) && line.endsWith('\\');
  }
  return steps;
}

/** How long each interaction took is not part of what the README promises. */
const normalise = (text: string) =>
  // Pact's verifier colours its output even when told not to.
  stripVTControlCharacters(text)
    .replace(/\([\d ms]+ loading, [\d ms]+ verification\)/g, '(timing)')
    .trim();

/** Waits for `facsimile serve` to print its URLs; answers the child to stop with Ctrl-C. */
async function serveInBackground(dir: string, command: string): Promise<ChildProcess> {
  // A group of its own: Ctrl-C reaches npx and the server it started, as in a terminal.
  const child = spawn('bash', ['-c', command], {
    cwd: dir,
    env: consumerEnv(),
    detached: true,
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/http:\/\/127\.0\.0\.1:\d+/.test(out)) resolve();
    });
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('exit', () => reject(new Error(`${command} exited:\n${out}`)));
  });
  return child;
}

/**
 * Runs a `console` block's commands in order and checks that each printed every
 * line the README shows under it; a command with a non-zero exit is expected
 * to fail only when the README shows a FAIL line.
 */
export async function runConsole(dir: string, block: ReadmeBlock, base: number): Promise<void> {
  const background: ChildProcess[] = [];
  try {
    for (const step of stepsOf(onPorts(block.text, base))) {
      if (step.kind === 'serve') background.push(await serveInBackground(dir, step.command));
      if (step.kind === 'interrupt') await stopAll(background);
      if (step.kind !== 'run') continue;
      const printed = await printedBy(dir, step.command);
      const failing = step.expected.some((line) => /^FAIL\b/.test(line));
      if (printed.code !== 0 && !failing)
        throw new Error(`README line ${block.line}: \`${step.command}\` failed:\n${printed.text}`);
      for (const line of step.expected)
        if (!normalise(printed.text).includes(normalise(line)))
          throw new Error(
            `README line ${block.line}: \`${step.command}\` did not print\n  ${line}\nbut:\n${printed.text}`,
          );
    }
  } finally {
    await stopAll(background);
  }
}

async function printedBy(dir: string, command: string): Promise<{ code: number; text: string }> {
  try {
    const { stdout, stderr } = await run(dir, 'bash', ['-c', command]);
    return { code: 0, text: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, text: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

async function stopAll(children: ChildProcess[]): Promise<void> {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGINT');
    await exited;
  }
}

/** Blocks a reader does not paste into a fresh project, by their first line, with the reason. */
export const NOT_RUN: Record<string, string> = {
  'npm ci && npm start': 'the checkout’s own install and start; this test installs the tarball',
  'npm ci && npm test': 'the checkout’s whole suite, which holds this test',
  'npm install --save-dev facsimile':
    'what consumerProject() does with the packed tarball; `npx facsimile serve` has its own test',
  '# A throwaway PostgreSQL to try it':
    'needs a PostgreSQL server and a non-root user; test/cli/shared-postgres.test.ts runs the same steps',
  'const facsimile = useSession(stub.url);':
    'a fragment of test/package/consumer/users.e2e.test.mjs, which runs whole',
};

const notRun = (block: ReadmeBlock) =>
  Object.keys(NOT_RUN).some((start) => block.text.startsWith(start));

/**
 * Runs the README's `sh` and `console` blocks in the order a reader meets them, in the
 * consumer project where the files of its `js` blocks are written (and run by their own
 * tests). A `facsimile serve` on the moved ports answers the blocks that call one.
 */
export async function runReadme(dir: string, blocks = readmeBlocks()): Promise<number> {
  const base = 20_000 + 10 * Math.floor(Math.random() * 3000);
  const server: ChildProcess[] = [];
  let ran = 0;
  try {
    for (const block of blocks) {
      if (block.lang === '' || notRun(block)) continue;
      if (/^(js|ts)$/.test(block.lang)) {
        if (!/^\/\/ [\w.-]+$/m.test(block.text))
          throw new Error(
            `README line ${block.line}: a code block that is neither a file nor listed in NOT_RUN`,
          );
        continue;
      }
      if (block.text.includes('facsimile serve')) await stopAll(server);
      else if (block.text.includes('127.0.0.1:') && server.length === 0)
        server.push(await serveInBackground(dir, onPorts('npx facsimile serve --in-memory', base)));
      if (block.lang === 'sh') await runShell(dir, block, base);
      else if (block.lang === 'console') await runConsole(dir, block, base);
      else throw new Error(`README line ${block.line}: no way to run a ${block.lang} block`);
      ran += 1;
    }
  } finally {
    await stopAll(server);
  }
  return ran;
}
