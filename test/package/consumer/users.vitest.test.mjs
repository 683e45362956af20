import { useSession } from 'facsimile/testing';
import { beforeEach, expect, inject, it } from 'vitest';

const facsimile = useSession(inject('facsimile'));
const auth = { authorization: 'Bearer facsimile-demo' };
beforeEach(() => facsimile.reset());

it('deletes a Triton user in this session', async () => {
  const users = `${facsimile.urls.triton}/demo/users`;
  expect((await facsimile.fetch(`${users}/bob`, { method: 'DELETE', headers: auth })).status).toBe(
    204,
  );
  expect((await facsimile.fetch(`${users}/bob`, { headers: auth })).status).toBe(404);
});

it('finds the user again after reset', async () => {
  const bob = await facsimile.fetch(`${facsimile.urls.triton}/demo/users/bob`, { headers: auth });
  expect((await bob.json()).login).toBe('bob');
});
