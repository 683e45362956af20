import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStub, type TestStub } from '../support/stub.ts';
import { rawRequest } from '../support/raw-request.ts';

let loopback: TestStub;
let open: TestStub;
beforeAll(async () => {
  loopback = await startTestStub({ apiPorts: false });
  open = await startTestStub({ apiPorts: false, host: '0.0.0.0' });
});
afterAll(async () => {
  await loopback?.dispose();
  await open?.dispose();
});

const BAD_PATHS = ['/docs/%', '/state/%E0%A4%A', '/journal%', '/assets/%E0', '/nowhere/%'];

describe('issue 12: every error page is JSON without a stack or a path', () => {
  it.each(BAD_PATHS)('%s answers a JSON 4xx', async (path) => {
    for (const stub of [loopback, open]) {
      const port = new URL(stub.url).port;
      const answer = await rawRequest(`http://127.0.0.1:${port}`, path, {
        headers: { accept: 'text/html' },
      });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(String(answer.headers['content-type'])).toContain('application/json');
      expect(answer.text).not.toMatch(/URIError|\bat \S+ \(|node_modules|\/src\//);
      expect(typeof JSON.parse(answer.text).error).toBe('string');
    }
  });

  it('a bad path under the admin API is its JSON error too', async () => {
    const answer = await rawRequest(loopback.url, '/__facsimile/state/%E0%A4%A');
    expect(answer.status).toBe(400);
    expect(answer.text).not.toMatch(/URIError|node_modules/);
    expect(typeof JSON.parse(answer.text).error).toBe('string');
  });
});
