import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, runCli } from './support.ts';

let held: Server | undefined;
afterEach(async () => {
  await cleanUp();
  await new Promise((resolve) => (held ? held.close(resolve) : resolve(undefined)));
});

/** A port this test process listens on, as another program would hold it. */
async function holdPort(): Promise<number> {
  held = createServer();
  await new Promise<void>((resolve) => held!.listen(0, '127.0.0.1', resolve));
  return (held.address() as AddressInfo).port;
}

describe('a port already in use (issue 21)', () => {
  it('names the port, what it is for, who holds it and the flags that move it', async () => {
    const port = await holdPort();
    const cli = await runCli([
      'serve',
      '--in-memory',
      '--port',
      '0',
      '--api-port',
      `triton=${port}`,
    ]);
    expect(await cli.exited).toBe(1);
    const said = cli.stderr();
    expect(said).toContain(`port ${port} (triton's own port) is in use by `);
    expect(said).toMatch(new RegExp(`in use by \\S+ \\(pid ${process.pid}\\)`));
    expect(said).toContain('--api-port triton=PORT');
    expect(said).toContain('--no-api-ports');
    expect(said).not.toContain('EADDRINUSE');
  });

  it('says the main port when that is the one taken', async () => {
    const port = await holdPort();
    const cli = await runCli(['serve', '--in-memory', '--port', String(port), '--no-api-ports']);
    expect(await cli.exited).toBe(1);
    expect(cli.stderr()).toContain(`port ${port} (the main port) is in use by `);
    expect(cli.stderr()).toContain('--port N');
  });
});
