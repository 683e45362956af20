import { useSession } from 'facsimile/testing';
import { afterAll, expect, inject, it } from 'vitest';

// Runs in parallel with the README's triton.test.mjs, against the same stub: the fault rule,
// provider state and journal of this file stay its own.
const facsimile = useSession(inject('facsimile'));
const auth = { authorization: 'Bearer facsimile-demo' };
const users = `${facsimile.urls.triton}/demo/users`;
afterAll(() => facsimile.end());

it('addRule: meets its own fault, never the other file’s', async () => {
  const rule = await facsimile.addRule({
    api: 'triton',
    operationId: 'GetUser',
    fault: { status: 500 },
  });
  expect(rule.session).toBe(facsimile.id);
  for (let i = 0; i < 20; i += 1)
    expect((await facsimile.fetch(`${users}/alice`, { headers: auth })).status).toBe(500);
  await facsimile.clearRules();
  expect((await facsimile.fetch(`${users}/alice`, { headers: auth })).status).toBe(200);
});

it('prefer: a named example and a generated body', async () => {
  const bob = await facsimile.fetch(`${users}/alice`, {
    headers: { ...auth, ...facsimile.prefer({ example: 'UserBob' }) },
  });
  expect((await bob.json()).login).toBe('bob');
  const generated = await facsimile.fetch(`${users}/alice`, {
    headers: { ...auth, ...facsimile.prefer({ code: 200, dynamic: true }) },
  });
  expect(generated.status).toBe(200);
  expect(typeof (await generated.json()).login).toBe('string');
});

it('given and verify: a provider state and the journal of this session', async () => {
  await facsimile.given("a Triton account 'demo' with user 'zed'");
  expect((await facsimile.fetch(`${users}/zed`, { headers: auth })).status).toBe(200);
  expect((await fetch(`${users}/zed`, { headers: auth })).status).toBe(404);
  await expect(facsimile.verify({ operationId: 'DeleteUser' })).rejects.toThrow(/found 0/);
  await facsimile.fetch(`${users}/zed`, { method: 'DELETE', headers: auth });
  await facsimile.verify({ operationId: 'DeleteUser', times: 1 });
});
