// Run in a fresh process by bench/package-start.ts, as a test suite would start facsimile:
// `node bench/start-probe.js <facsimile|express>` prints the milliseconds of the import plus
// the first start, and of a second start in the same process. The baseline imports Express
// and listens; facsimile is imported by its package name, so Node resolves it as a consumer's
// project does (its `exports`, the build).
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const { fetch } = globalThis;
const kind = process.argv[2];

async function startExpress() {
  const { default: express } = await import('express');
  const app = express().get('/', (_req, res) => res.send('ok'));
  const server = createServer(app);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    firstUrl: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function startFacsimile() {
  const { startStub } = await import('facsimile');
  const stub = await startStub();
  return Object.assign(stub, { firstUrl: `${stub.urlOf('scalingo')}/v1/users/self` });
}

const start = kind === 'express' ? startExpress : startFacsimile;
const began = performance.now();
const first = await start();
const firstMs = performance.now() - began;
const asked = performance.now();
const answer = await fetch(first.firstUrl, { headers: { authorization: 'Bearer facsimile-demo' } });
await answer.arrayBuffer();
if (answer.status !== 200) throw new Error(`first request answered ${answer.status}`);
const firstRequestMs = performance.now() - asked;
await first.close();
const again = performance.now();
const second = await start();
const secondMs = performance.now() - again;
await second.close();
process.stdout.write(`${JSON.stringify({ firstMs, secondMs, firstRequestMs })}\n`);
