import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStub, type RunningStub } from '../../src/index.ts';
import { CHROMIUM, chromiumMissing, skipWithoutChromium } from '../support/chromium.ts';

const skipped = skipWithoutChromium();
const STEP_MS = 30_000;
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results');
const XSS_LOGIN = '<img src=x onerror=window.__pwned=1>';

interface Health {
  apis: { name: string; title: string; credentials: string }[];
}

let browser: Browser;
let stub: RunningStub;
let guarded: RunningStub;

beforeAll(async () => {
  stub = await startStub({ users: 3 });
  guarded = await startStub({ users: 3, adminToken: 'pages-secret', apiPorts: false });
  if (skipped) return;
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: STEP_MS,
  });
  await mkdir(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stub?.close();
  await guarded?.close();
});

interface OpenedPage {
  page: Page;
  /** Requests that left for another origin (a CDN, the internet). */
  elsewhere: string[];
  /** Script errors and content-security-policy violations. */
  problems: string[];
}

async function openPage(origin: string): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(STEP_MS);
  const elsewhere: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) elsewhere.push(url);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) problems.push(message.text());
  });
  return { page, elsewhere, problems };
}

/** Expands ListUsers in the reference, clicks "Try it out" and "Execute"; the status shown. */
async function tryListUsers(page: Page): Promise<string | null> {
  const operation = page.locator('#operations-Users-ListUsers');
  await operation.locator('.opblock-summary').click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  const account = operation.locator('tr[data-param-name="account"] input');
  if ((await account.inputValue()) !== 'demo') await account.fill('demo');
  const answered = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/triton/demo/users',
  );
  await operation.getByRole('button', { name: 'Execute' }).click();
  expect((await answered).status()).toBe(200);
  const shownStatus = operation.locator('.live-responses-table tbody .response-col_status');
  await shownStatus.waitFor();
  return shownStatus.textContent();
}

describe.skipIf(skipped)('the pages on the main port, in Chromium', () => {
  it('lead a newcomer from the API list to a live call, its journal entry and the state', async () => {
    const { page, elsewhere, problems } = await openPage(stub.url);
    const health = (await (await fetch(`${stub.url}/__facsimile/health`)).json()) as Health;

    await page.goto(`${stub.url}/`);
    const cards = page.locator('.api-card');
    await expect.poll(() => cards.count(), { timeout: STEP_MS }).toBe(5);
    for (const api of health.apis) {
      const card = page.locator(`.api-card[data-api="${api.name}"]`);
      expect(await card.locator('h2').textContent()).toBe(api.title);
      expect(await card.locator('.credentials').textContent()).toBe(api.credentials);
    }

    await page.locator('.api-card[data-api="triton"] a', { hasText: 'Reference' }).click();
    await page.waitForURL(`${stub.url}/docs/triton`);
    expect(await tryListUsers(page)).toBe('200');
    await page.screenshot({
      path: join(SCREENSHOTS, 'pages-reference-triton.png'),
      fullPage: true,
    });

    await page.getByRole('link', { name: 'Journal' }).first().click();
    const entry = page.locator('.entry', { hasText: 'ListUsers' });
    await entry.first().waitFor();
    // Swagger UI fills optional parameters with the spec's examples (here `as-role`).
    expect(await entry.first().locator('.path').textContent()).toMatch(/^\/demo\/users(\?|$)/);
    expect(await entry.first().locator('.status').textContent()).toBe('200');
    await entry.first().locator('summary').click();
    expect(await entry.first().locator('.half').nth(1).textContent()).toContain('alice');
    await page.screenshot({ path: join(SCREENSHOTS, 'pages-journal.png'), fullPage: true });

    await page.goto(`${stub.url}/`);
    await page.locator('.api-card[data-api="triton"] a', { hasText: 'State' }).click();
    await page.waitForURL(`${stub.url}/state/triton`);
    const users = page.locator('.state-section[data-key="users"]');
    await users
      .locator('td', { hasText: /^alice$/ })
      .first()
      .waitFor();
    expect(await users.locator('th').allTextContents()).toContain('user.login');

    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 80_000);

  it('show a journal body as text, never as markup', async () => {
    const { page } = await openPage(stub.url);
    const created = await fetch(`${stub.urlOf('triton')}/demo/users`, {
      method: 'POST',
      headers: { authorization: 'Bearer facsimile-demo', 'content-type': 'application/json' },
      body: JSON.stringify({ login: XSS_LOGIN, email: 'x@example.com', password: 'secret-42x' }),
    });
    expect(created.status).toBeGreaterThanOrEqual(400);

    await page.goto(`${stub.url}/journal?api=triton&operationId=CreateUser`);
    const entry = page.locator('.entry', { hasText: 'CreateUser' }).first();
    await entry.locator('summary').click();
    await expect
      .poll(() => entry.locator('pre.body').first().textContent(), { timeout: STEP_MS })
      .toContain(XSS_LOGIN);
    expect(await page.locator('.entry img').count()).toBe(0);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    await page.close();
  }, 60_000);

  it('ask for the admin token when the admin API wants one, then use it everywhere', async () => {
    const { page } = await openPage(guarded.url);
    const call = await fetch(`${guarded.urlOf('scalr')}/api/iacp/v3/users`, {
      headers: { authorization: 'Bearer facsimile-demo' },
    });
    expect(call.status).toBe(200);

    await page.goto(`${guarded.url}/journal`);
    const form = page.locator('form.token-form');
    await form.waitFor();
    expect(await page.locator('.entry').count()).toBe(0);

    await form.locator('input[name="token"]').fill('not-the-token');
    await form.getByRole('button', { name: 'Use token' }).click();
    await form.locator('.error', { hasText: 'refused' }).waitFor();

    await form.locator('input[name="token"]').fill('pages-secret');
    await form.getByRole('button', { name: 'Use token' }).click();
    await page.locator('.entry', { hasText: '/api/iacp/v3/users' }).first().waitFor();
    expect(await form.count()).toBe(0);
    expect(await page.evaluate('sessionStorage.getItem("facsimile.adminToken")')).toBe(
      'pages-secret',
    );

    await page.getByRole('link', { name: 'Admin API' }).click();
    const health = page.locator('#operations-status-getHealth');
    await health.locator('.opblock-summary').click();
    await health.getByRole('button', { name: 'Try it out' }).click();
    const answered = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/__facsimile/health',
    );
    await health.getByRole('button', { name: 'Execute' }).click();
    expect((await answered).status()).toBe(200);
    await page.close();
  }, 60_000);
});

describe('the root URL', () => {
  it('answers the JSON index to curl and to clients without Accept, the page to a browser', async () => {
    const curl = await fetch(`${stub.url}/`, { headers: { accept: '*/*' } });
    expect(curl.headers.get('content-type')).toContain('application/json');
    const html = await fetch(`${stub.url}/`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");
    const unknownApi = await fetch(`${stub.url}/docs/nowhere`);
    expect(unknownApi.status).toBe(404);
  });
});
