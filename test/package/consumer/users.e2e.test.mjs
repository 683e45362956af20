import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { startRunStub, useSession } from 'facsimile/testing';
import { chromium } from 'playwright-core';

// The app under test: a page that lists the Triton users of the API it is pointed at.
const APP = `<!doctype html><ul id="users"></ul><script type="module">
  const api = new URLSearchParams(location.search).get('api');
  const res = await fetch(api + '/demo/users', { headers: { authorization: 'Bearer facsimile-demo' } });
  for (const user of await res.json()) document.querySelector('#users').append(Object.assign(document.createElement('li'), { textContent: user.login }));
</script>`;

let stub, app, browser;
before(async () => {
  stub = await startRunStub();
  app = createServer((_req, res) => res.setHeader('content-type', 'text/html').end(APP));
  await new Promise((resolve) => app.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox'],
  });
});
after(async () => {
  await browser?.close();
  app?.close();
  await stub?.stop();
});

test('the app shows the users of its own session', async () => {
  const facsimile = useSession(stub.url);
  await facsimile.fetch(`${facsimile.urls.triton}/demo/users/bob`, {
    method: 'DELETE',
    headers: { authorization: 'Bearer facsimile-demo' },
  });
  // Every request the page makes carries the session header, so it sees the deletion above.
  const context = await browser.newContext({ extraHTTPHeaders: facsimile.headers });
  const page = await context.newPage();
  await page.goto(
    `http://127.0.0.1:${app.address().port}/?api=${encodeURIComponent(facsimile.urls.triton)}`,
  );
  await page.locator('#users li').first().waitFor();
  const logins = await page.locator('#users li').allTextContents();
  assert.ok(logins.includes('alice'), logins.join());
  assert.ok(!logins.includes('bob'), logins.join());
  await context.close();
});
