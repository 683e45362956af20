// The floor the read path stands on: Express plus express-openapi-validator configured exactly
// as the stub configures it (src/core/specs/validation.ts: request and response validation),
// answering the stub's own body with res.json and doing nothing else.
// `node --import tsx bench/validator-floor.ts <port> <answers.json>`; answers as in baselines.ts.
import { readFileSync } from 'node:fs';
import express from 'express';
import { loadSpec } from '../src/core/specs/spec.ts';
import { specValidation } from '../src/core/specs/validation.ts';
import type { CannedAnswer } from './baselines.ts';

const [portText = '', answersFile = ''] = process.argv.slice(2);
const answers = JSON.parse(readFileSync(answersFile, 'utf8')) as CannedAnswer[];
const main = express();
main.disable('x-powered-by');
for (const answer of answers) {
  const api = answer.path.split('/')[1] ?? '';
  const body: unknown = JSON.parse(Buffer.from(answer.body, 'base64').toString('utf8'));
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(
    specValidation(loadSpec(api), {
      onResponseError: (error) => {
        throw error;
      },
    }),
  );
  app.use((_req, res) => {
    res.type(answer.contentType).json(body);
  });
  main.use(`/${api}`, app);
}
main.listen(Number(portText), '127.0.0.1');
