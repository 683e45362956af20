// Issue 24: each API's app is built on its first request. When that build fails (here a spec
// file missing from the installation), the request gets a JSON 500 that names no file and
// shows no stack trace, on the API's own port as under the main port, and the next request
// tries the build again.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageCopy } from './package-copy.ts';
import { cleanUp, serveCli, tempDir } from './support.ts';

const AUTH = { authorization: 'Bearer facsimile-demo' };

afterEach(cleanUp);

describe('an API whose app cannot be built (issue 24)', () => {
  it('answers a JSON 500 without a stack or a path on both of its ports, each request', async () => {
    const { root } = await packageCopy();
    await rm(join(root, 'spec', 'scalingo.yaml'));
    const db = join(await tempDir(), 'db.json');
    const cli = await serveCli(['--db', db], { node: [join(root, 'bin', 'facsimile.js')] });
    const [, ownPort] = await cli.waitFor(/\/scalingo\s+and\s+(http:\/\/\S+)/);
    for (const base of [ownPort!, `${cli.url}/scalingo`, ownPort!]) {
      const answer = await fetch(`${base}/v1/users/self`, { headers: AUTH });
      const text = await answer.text();
      expect(answer.status, base).toBe(500);
      expect(answer.headers.get('content-type'), text).toMatch(/^application\/json/);
      expect(text).not.toContain(root);
      expect(text).not.toMatch(/\bat \S+ \(|ENOENT/);
    }
    // The other APIs are not held back by it.
    const triton = await fetch(`${cli.url}/triton/demo/users/alice`, { headers: AUTH });
    expect(triton.status).toBe(200);
    expect(cli.stderr().match(/spec\/scalingo\.yaml/g)).toHaveLength(3);
  }, 60_000);
});
