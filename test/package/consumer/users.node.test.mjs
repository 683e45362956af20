import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startRunStub, useSession } from 'facsimile/testing';

let stub;
let facsimile;
before(async () => {
  stub = await startRunStub();
  facsimile = useSession(stub.url);
});
after(() => stub.stop());

test('lists the Scalr IAM users', async () => {
  const res = await facsimile.fetch(`${facsimile.urls.scalr}/api/iacp/v3/users`, {
    headers: { authorization: 'Bearer facsimile-demo' },
  });
  assert.equal(res.status, 200);
  assert.ok((await res.json()).data.length > 0);
});
