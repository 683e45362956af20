import { startStub } from 'facsimile';

const stub = await startStub({ users: 1 });
const res = await fetch(`${stub.urlOf('triton')}/demo/users/bob`, {
  headers: { authorization: 'Bearer facsimile-demo' },
});
console.log(JSON.stringify({ status: res.status, login: (await res.json()).login }));
await stub.close();
