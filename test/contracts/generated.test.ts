import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allApis } from '../../src/apis/index.ts';
import { generateContracts } from '../../src/core/contracts/generate.ts';
import { pactFilesIn, verifyContracts } from '../../src/core/contracts/verify.ts';
import { facsimile } from './support.ts';

const CONTRACTS = join(import.meta.dirname, '..', '..', 'contracts');
let fresh: string;
beforeAll(async () => {
  fresh = await mkdtemp(join(tmpdir(), 'facsimile-contracts-'));
  await generateContracts(allApis, fresh);
});
afterAll(() => rm(fresh, { recursive: true, force: true }));

describe('the generated contracts in contracts/', () => {
  it('cover every API', async () => {
    const files = (await readdir(CONTRACTS)).filter((name) => name.endsWith('.json')).sort();
    expect(files).toEqual(allApis.map((api) => `facsimile-consumer-${api.name}.json`).sort());
  });

  it.each(allApis.map((api) => api.name))('%s: the checked-in file is what `contracts generate` writes now', async (name) => {
    const file = `facsimile-consumer-${name}.json`;
    const [checkedIn, regenerated] = await Promise.all([readFile(join(CONTRACTS, file), 'utf8'), readFile(join(fresh, file), 'utf8')]);
    expect(checkedIn, 'stale: run `node bin/facsimile.js contracts generate`').toBe(regenerated);
  });

  it.each(allApis.map((api) => api.name))('%s: every operation of the spec has an interaction', async (name) => {
    const pact = JSON.parse(await readFile(join(CONTRACTS, `facsimile-consumer-${name}.json`), 'utf8')) as {
      interactions: { description: string }[];
    };
    const covered = new Set(pact.interactions.map((interaction) => interaction.description.split(' ')[0]));
    const api = allApis.find((candidate) => candidate.name === name)!;
    const operations = Object.keys(api.handlers).filter((id) => !id.startsWith('Head'));
    expect(operations.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('all pass Pact’s verifier against a fresh stub', async () => {
    const results = await verifyContracts(allApis, await pactFilesIn([CONTRACTS]));
    expect(results.filter((result) => !result.passed)).toEqual([]);
    expect(results.map((result) => result.api).sort()).toEqual(allApis.map((api) => api.name).sort());
  }, 120_000);

  it('all pass `contracts check` against their specs', async () => {
    for (const api of allApis) {
      const check = await facsimile(['contracts', 'check', join(CONTRACTS, `facsimile-consumer-${api.name}.json`)]);
      expect(check.output).toMatch(/(\d+) of \1 interactions allowed/);
      expect(check.code).toBe(0);
    }
  }, 120_000);
});
