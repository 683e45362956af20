import { startRunStub } from 'facsimile/testing';

// One stub for the whole run; test files find it through FACSIMILE_URL.
export default async function () {
  globalThis.facsimile = await startRunStub();
}
