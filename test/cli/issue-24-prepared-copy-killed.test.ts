// Issue 24: a fresh serve places the prepared demo store through a temporary file beside the
// store. Killed (SIGKILL) in the middle, that process leaves the temporary file behind; the
// next start must clear it away as it clears its own write's leftovers, and serve.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, runCli, serveCli, tempDir } from './support.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'facsimile.js');
/** Kills the process the moment the copied store is about to take its place. */
const KILLED_BEFORE_LINK = `
  import fs from 'node:fs/promises';
  import { syncBuiltinESMExports } from 'node:module';
  fs.link = async () => process.kill(process.pid, 'SIGKILL');
  syncBuiltinESMExports();
`;

afterEach(cleanUp);

describe('a serve killed while it places the prepared store (issue 24)', () => {
  it('leaves nothing the next start keeps: it serves, and only the store remains', async () => {
    const dir = await tempDir();
    const hook = join(dir, 'killed-before-link.mjs');
    await writeFile(hook, KILLED_BEFORE_LINK);
    const db = join(dir, 'state', 'db.json');
    const args = ['serve', '--port', '0', '--no-api-ports', '--db', db];
    const killed = await runCli(args, { node: ['--import', hook, BIN] });
    expect(await killed.exited).toBe('SIGKILL');
    expect(await readdir(join(dir, 'state'))).toHaveLength(1);

    const cli = await serveCli(args.slice(3));
    const answer = await fetch(`${cli.url}/scalingo/v1/users/self`, {
      headers: { authorization: 'Bearer facsimile-demo' },
    });
    expect(answer.status).toBe(200);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    expect(await readdir(join(dir, 'state'))).toEqual(['db.json']);
  }, 60_000);
});
