import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facsimile } from './support.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facsimile-wrong-pacts-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface PactJson {
  interactions: { description: string; response: { status: number; body?: Record<string, unknown> } }[];
}

/** A generated contract with one interaction changed the way a mistaken consumer would. */
async function mistaken(api: string, description: string, change: (interaction: PactJson['interactions'][number]) => void) {
  const file = join('contracts', `facsimile-consumer-${api}.json`);
  const pact = JSON.parse(await readFile(file, 'utf8')) as PactJson;
  const interaction = pact.interactions.find((candidate) => candidate.description === description);
  if (!interaction) throw new Error(`${file} has no interaction "${description}"`);
  change(interaction);
  const wrong = join(dir, `wrong-${api}.json`);
  await writeFile(wrong, JSON.stringify(pact, null, 2));
  return wrong;
}

describe('a deliberately wrong pact fails verify and check, naming the interaction', () => {
  it('Triton: a duplicate login expected as 422 instead of 409 InvalidArgument', async () => {
    const description = 'CreateUser answers 409 (InvalidArgument for a taken login)';
    const wrong = await mistaken('triton', description, (interaction) => {
      interaction.response.status = 422;
    });
    const verify = await facsimile(['contracts', 'verify', wrong]);
    expect(verify.code).toBe(1);
    expect(verify.output).toContain(description);
    expect(verify.output).toMatch(/expected 422 but was 409/);
    const check = await facsimile(['contracts', 'check', wrong]);
    expect(check.code).toBe(1);
    expect(check.output).toContain(`FAIL "${description}": response: status 422 is not documented for CreateUser`);
  });

  it('Scalingo: a user expected to carry a field the provider does not have', async () => {
    const description = 'getCurrentUser answers 200';
    const wrong = await mistaken('scalingo', description, (interaction) => {
      const user = interaction.response.body?.user as Record<string, unknown>;
      user.phone_number = '+33 3 88 00 00 00';
    });
    const verify = await facsimile(['contracts', 'verify', wrong]);
    expect(verify.code).toBe(1);
    expect(verify.output).toContain(description);
    expect(verify.output).toContain('phone_number');
    const check = await facsimile(['contracts', 'check', wrong]);
    expect(check.code).toBe(1);
    expect(check.output).toContain(`FAIL "${description}": response:`);
    expect(check.output).toContain('phone_number');
  });
});
