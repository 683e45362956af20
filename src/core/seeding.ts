import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Faker, base, en } from '@faker-js/faker';
import { parse } from 'yaml';
import type { AnyApiDefinition, SeedContext } from './api.ts';
import { API_NAMES } from './spec-files.ts';
import { loadSpec, resolveRef } from './spec.ts';
import type { StoreData } from './store.ts';

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');
export const DEFAULT_SEED = 4010;
export const DEFAULT_USERS = 25;
/** Faker's "now" while seeding, so generated dates never depend on the clock. */
const SEED_EPOCH = new Date('2026-01-01T00:00:00.000Z');

export interface SeedOptions {
  seed: number;
  users: number;
}

export function seedStore(apis: readonly AnyApiDefinition[], options: SeedOptions): StoreData {
  const data: StoreData = {
    meta: { format: 1, seed: options.seed, users: options.users },
    apis: {},
  };
  for (const api of apis) data.apis[api.name] = seedApi(api, options);
  return data;
}

export function seedApi(api: AnyApiDefinition, options: SeedOptions): unknown {
  return api.seed(seedContext(api.name, options));
}

function seedContext(name: string, options: SeedOptions): SeedContext {
  const spec = loadSpec(name);
  const faker = new Faker({ locale: [en, base] });
  faker.setDefaultRefDate(SEED_EPOCH);
  const apiNumber = API_NAMES.indexOf(name as (typeof API_NAMES)[number]);
  const fixturesFile = join(FIXTURES_DIR, `${name}.yaml`);
  return {
    example<T>(exampleName: string): T {
      const example = spec.components?.examples?.[exampleName];
      if (!example) throw new Error(`spec/${name}.yaml has no example "${exampleName}"`);
      return structuredClone(resolveRef<{ value: T }>(spec, example as { value: T }).value);
    },
    fixtures: existsSync(fixturesFile)
      ? (parse(readFileSync(fixturesFile, 'utf8')) as Record<string, unknown>)
      : {},
    fakerFor(index: number) {
      faker.seed([options.seed, apiNumber, index]);
      return faker;
    },
    users: options.users,
  };
}
