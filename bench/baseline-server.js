// A baseline server: answers each known path with fixed bytes (the stub's own answer), so
// the read path can be compared with the cost of HTTP alone and of HTTP plus Express.
// Plain JavaScript, run by node itself as the stub's build is: start-up compares like with like.
// `node bench/baseline-server.js <http|express> <port> <answers.json>`; answers as in baselines.ts.
import { readFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import process from 'node:process';

const [kind = '', portText = '', answersFile = ''] = process.argv.slice(2);
const port = Number(portText);
const answers = JSON.parse(readFileSync(answersFile, 'utf8')).map((answer) => ({
  ...answer,
  bytes: Buffer.from(answer.body, 'base64'),
}));

if (kind === 'http') {
  const byPath = new Map(answers.map((answer) => [answer.path, answer]));
  createServer((req, res) => {
    const answer = byPath.get((req.url ?? '/').split('?', 1)[0] ?? '/');
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': answer.contentType,
      'Content-Length': answer.bytes.length,
    });
    res.end(answer.bytes);
  }).listen(port, '127.0.0.1');
} else if (kind === 'express') {
  const { default: express } = await import('express');
  const app = express();
  // As the stub's apps do: no X-Powered-By, no ETag computed per answer.
  app.disable('x-powered-by');
  app.disable('etag');
  for (const answer of answers) {
    app.get(answer.path, (_req, res) => {
      res.type(answer.contentType).send(answer.bytes);
    });
  }
  app.listen(port, '127.0.0.1');
} else {
  throw new Error(`unknown baseline "${kind}": expected http or express`);
}
