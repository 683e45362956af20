import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStub, type RunningStub } from '../../src/index.ts';

const CHROMIUM = '/usr/bin/chromium';
const STEP_MS = 30_000;
/** A name Chromium resolves to loopback, as a DNS-rebinding attacker's domain would. */
const REBOUND = 'rebind.test';

/** What a hostile page tries against the stub at `stub`: read its state and journal, reset it. */
const ATTACK = `
const stub = new URLSearchParams(location.search).get('stub');
const attempt = async (name, run) => {
  try { window.results[name] = await run(); } catch (error) { window.results[name] = 'blocked: ' + error.message; }
};
window.results = {};
(async () => {
  await attempt('readState', async () => (await (await fetch(stub + '/__facsimile/state/triton')).text()));
  await attempt('readJournal', async () => (await (await fetch(stub + '/__facsimile/journal')).text()));
  await attempt('bodilessReset', async () => {
    await fetch(stub + '/__facsimile/reset', { method: 'POST', mode: 'no-cors' });
    return 'sent';
  });
  await attempt('formReset', async () => {
    const body = new URLSearchParams({ api: 'triton' });
    await fetch(stub + '/__facsimile/reset', { method: 'POST', mode: 'no-cors', body });
    return 'sent';
  });
  await attempt('jsonReset', async () => {
    const headers = { 'content-type': 'application/json' };
    const answer = await fetch(stub + '/__facsimile/reset', { method: 'POST', headers, body: '{}' });
    return 'answered ' + answer.status;
  });
  window.done = true;
})();
`;

let browser: Browser;
let stub: RunningStub;
let hostile: Server;
let hostileUrl: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`the browser tests need Chromium at ${CHROMIUM}: apt-get install chromium`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      `--host-resolver-rules=MAP ${REBOUND} 127.0.0.1`,
    ],
    timeout: STEP_MS,
  });
  stub = await startStub({ users: 3, apiPorts: false });
  hostile = createServer((req, res) => {
    if (req.url?.startsWith('/attack.js')) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(ATTACK);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(HOSTILE_PAGE);
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  hostileUrl = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stub?.close();
  await new Promise((resolve) => hostile?.close(resolve));
});

async function createCarol(): Promise<void> {
  const created = await fetch(`${stub.urlOf('triton')}/demo/users`, {
    method: 'POST',
    headers: { authorization: 'Bearer facsimile-demo', 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'carol', email: 'carol@example.com', password: 'Carol-41x-ok' }),
  });
  expect([201, 409]).toContain(created.status);
}

async function stubHasCarol(): Promise<boolean> {
  const dump = await fetch(`${stub.url}/__facsimile/state/triton`);
  return (await dump.text()).includes('"carol"');
}

const HOSTILE_PAGE = '<!doctype html><title>hostile</title><script src="/attack.js"></script>';

/**
 * Opens `url` (a hostile page) aimed at `target`, and returns what each
 * attempt got. With `rebound`, `url` is on the stub itself under the
 * attacker's name, and the script runs in that document: what a page sees
 * once the attacker's DNS name points at 127.0.0.1.
 */
async function attackFrom(
  url: string,
  target: string,
  rebound = false,
): Promise<Record<string, string>> {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_MS);
  const opened = await page.goto(`${url}?stub=${encodeURIComponent(target)}`);
  if (rebound) {
    expect(opened?.status()).toBe(403);
    await page.addScriptTag({ content: ATTACK });
  }
  await page.waitForFunction('window.done === true');
  const results = (await page.evaluate('window.results')) as Record<string, string>;
  await page.close();
  return results;
}

describe('issue 12: a page of another origin in Chromium', () => {
  it('can neither read the stub’s state and journal nor reset it', async () => {
    await createCarol();
    const results = await attackFrom(`${hostileUrl}/`, stub.url);
    expect(results.readState).toMatch(/^blocked/);
    expect(results.readJournal).toMatch(/^blocked/);
    // A preflight the stub does not grant: the JSON reset never leaves the browser.
    expect(results.jsonReset).toMatch(/^blocked/);
    expect(await stubHasCarol()).toBe(true);
  }, 60_000);

  it('under a rebound DNS name, a same-origin page gets 403s and the store stays', async () => {
    await createCarol();
    const port = new URL(stub.url).port;
    const rebound = `http://${REBOUND}:${port}`;
    const results = await attackFrom(`${rebound}/__facsimile/health`, rebound, true);
    expect(results.readState).toContain('DNS rebinding');
    expect(results.readJournal).toContain('DNS rebinding');
    expect(results.jsonReset).toBe('answered 403');
    expect(await stubHasCarol()).toBe(true);
  }, 60_000);

  it('leaves the stub’s own pages working', async () => {
    await createCarol();
    const page = await browser.newPage();
    page.setDefaultTimeout(STEP_MS);
    await page.goto(`${stub.url}/state/triton`);
    await page
      .locator('.state-section[data-key="users"] td', { hasText: /^carol$/ })
      .first()
      .waitFor();
    await page.goto(`${stub.url}/journal`);
    await page.locator('.entry', { hasText: 'CreateUser' }).first().waitFor();
    await page.close();
  }, 60_000);
});
