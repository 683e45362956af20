// Node 20.19 and later load an ES module through require() when it has no top-level await.
const { startStub } = require('facsimile');

startStub({ users: 1 }).then(async (stub) => {
  const res = await fetch(`${stub.urlOf('scalr')}/api/iacp/v3/users`, {
    headers: { authorization: 'Bearer facsimile-demo' },
  });
  console.log(JSON.stringify({ status: res.status, users: (await res.json()).data.length }));
  await stub.close();
});
