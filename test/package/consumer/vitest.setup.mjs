import { startRunStub } from 'facsimile/testing';

// One stub for the whole run; test files get its URL through inject('facsimile').
export default async function ({ provide }) {
  const stub = await startRunStub();
  provide('facsimile', stub.url);
  return stub.stop;
}
