import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiName } from '../../src/core/specs/spec-files.ts';
import { bearer, call, startTestStub, type TestStub } from '../support/stub.ts';

const FORM = 'application/x-www-form-urlencoded';
const SECRET = 'carol-secret-42';
/** What `curl -d '{…}'` sends: JSON text under the form content type. */
const JSON_AS_FORM = JSON.stringify({
  login: 'carol',
  email: 'carol@example.com',
  password: SECRET,
});

let stub: TestStub;
let pacts: string;
beforeAll(async () => {
  pacts = await mkdtemp(join(tmpdir(), 'facsimile-form-pacts-'));
  stub = await startTestStub({ apiPorts: false, record: { dir: pacts } });
});
afterAll(async () => {
  await stub?.dispose();
  await rm(pacts, { recursive: true, force: true });
});

async function sendForm(api: ApiName, method: string, path: string, body: string) {
  return stub.call(api, method, path, {
    headers: { ...bearer(), 'content-type': FORM },
    body,
    raw: true,
  });
}

const lastJournalText = async () =>
  (await call(`${stub.url}/__facsimile/journal?limit=1`, 'GET')).text;

async function recordedText(): Promise<string> {
  const files = await stub.flushRecording();
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return texts.join('\n');
}

describe('a form body keeps no secret in the journal or the recording', () => {
  const refused: [ApiName, string, string][] = [
    ['triton', 'POST', '/demo/users'],
    ['scalingo-db', 'POST', '/api/databases/my-db-123/users'],
    ['scalingo', 'PUT', '/v1/users/account'],
    ['computestacks', 'POST', '/api/users'],
    ['scalr', 'POST', '/api/iacp/v3/users'],
  ];
  it.each(refused)('%s %s %s refused as 415 keeps no body', async (api, method, path) => {
    const answer = await sendForm(api, method, path, JSON_AS_FORM);
    expect(answer.status).toBe(415);
    expect(answer.text).not.toContain(SECRET);
    const journal = await lastJournalText();
    expect(journal).toContain(path);
    expect(journal).not.toContain(SECRET);
    expect(journal).not.toContain('carol@example.com');
    expect(JSON.parse(journal).entries[0].request.body).toEqual({
      omitted: 'a media type the operation does not take',
    });
    expect(await recordedText()).not.toContain(SECRET);
  });

  it.each([['/demo/users/alice'], ['/demo/users/alice/change_password']])(
    'POST %s takes forms: a secret inside a form key is redacted',
    async (path) => {
      // Triton takes forms here, as restify does; the body is JSON text curl sent as a form.
      const answer = await sendForm('triton', 'POST', path, JSON_AS_FORM);
      expect(answer.status).toBeLessThan(500);
      expect(answer.text).not.toContain(SECRET);
      expect(await lastJournalText()).not.toContain(SECRET);
      expect(await recordedText()).not.toContain(SECRET);
    },
  );

  it('a plain form field named as a secret is redacted', async () => {
    const answer = await sendForm(
      'triton',
      'POST',
      '/demo/users/alice',
      `phone=555&password=${SECRET}&x%7B%22password%22%3A%22${SECRET}%22%7D=1`,
    );
    expect(answer.status).toBeLessThan(500);
    const journal = await lastJournalText();
    expect(journal).toContain('555');
    expect(journal).not.toContain(SECRET);
    expect(await recordedText()).not.toContain(SECRET);
  });
});
