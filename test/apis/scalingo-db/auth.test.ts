import { describe, expect, it } from 'vitest';
import { bearer } from '../../support/stub.ts';
import { example, operations, useScalingoDbStub } from './setup.ts';

const ADDON_TOKEN = 'facsimile-addon-my-db-123';

const scalingoDb = useScalingoDbStub();
const { api, demoDatabase } = scalingoDb;

describe('Scalingo DB: credentials', () => {
  it.each(operations)(
    '%s refuses missing and bad credentials with 401',
    async (_op, method, path, body) => {
      for (const headers of [
        {},
        bearer('nope'),
        bearer(''),
        { authorization: 'facsimile-demo' },
        { authorization: `Basic ${Buffer.from(':facsimile-demo').toString('base64')}` },
      ]) {
        const answer = await scalingoDb.stub.call('scalingo-db', method, path, { headers, body });
        expect(answer.status).toBe(401);
        expect(answer.body).toEqual(example('Unauthorized'));
      }
    },
  );

  it.each(operations)(
    '%s accepts the addon token of its own database',
    async (_op, method, path, body) => {
      const answer = await api(method, path, { body, headers: bearer(ADDON_TOKEN) });
      expect(answer.status).toBeLessThan(300);
    },
  );

  it.each(operations)(
    '%s answers an addon token of another database with 404',
    async (_op, method, path, body) => {
      const other = demoDatabase();
      const answer = await api(method, path, { body, headers: bearer(other.tokens[0]) });
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(example('DatabaseNotFound'));
      const own = await api('GET', `/api/databases/${other.name}/users`, {
        headers: bearer(other.tokens[0]),
      });
      expect(own.status).toBe(200);
    },
  );
});
