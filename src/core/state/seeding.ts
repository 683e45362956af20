import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Faker } from '@faker-js/faker';
import type * as englishFakerModule from '@faker-js/faker/locale/en';
import type * as yamlModule from 'yaml';
import type { AnyApiDefinition, SeedContext } from '../api/definition.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { API_NAMES } from '../specs/spec-files.ts';
import { loadSpec, resolveRef } from '../specs/spec.ts';
import { seedingRandomizer } from './mersenne.ts';
import { preparedDocument } from './prepared-store.ts';
import {
  apiViewOf,
  type ApiView,
  type StoreData,
  type StoreMeta,
  type StoreView,
} from './file/store-file.ts';

export const FIXTURES_DIR = join(PROJECT_ROOT, 'fixtures');
export { DEFAULT_SEED, DEFAULT_USERS } from '../defaults.ts';
/** Faker's "now" while seeding, so generated dates never depend on the clock. */
const SEED_EPOCH = new Date('2026-01-01T00:00:00.000Z');

// Faker and the YAML parser load when an API is first seeded, not at every start: a run on a
// prepared or existing store never needs them.
const load = createRequire(import.meta.url);
let libraries: { englishFaker: Faker; parse: typeof yamlModule.parse } | undefined;
function seedingLibraries(): NonNullable<typeof libraries> {
  libraries ??= {
    englishFaker: (load('@faker-js/faker/locale/en') as typeof englishFakerModule).faker,
    parse: (load('yaml') as typeof yamlModule).parse,
  };
  return libraries;
}

export interface SeedOptions {
  seed: number;
  users: number;
}

/** Told after each generated demo record: how many of the expected total are done. */
export type SeedProgress = (done: number, total: number) => void;

export function seedStore(
  apis: readonly AnyApiDefinition[],
  options: SeedOptions,
  onProgress?: SeedProgress,
): StoreData {
  const data: StoreData = { meta: metaOf(options), apis: {} };
  for (const [name, document] of seededApis(apis, options, onProgress)) data.apis[name] = document;
  return data;
}

/**
 * The seeded store as a view for a full write: each API is generated as the
 * write reaches it and dropped once written, so seeding holds one API's
 * records at a time, never the whole store.
 */
export function seedView(
  apis: readonly AnyApiDefinition[],
  options: SeedOptions,
  onProgress?: SeedProgress,
): StoreView {
  function* views(): Generator<[string, ApiView]> {
    for (const [name, document] of seededApis(apis, options, onProgress))
      yield [name, apiViewOf(document)];
  }
  return { meta: metaOf(options), apis: views() };
}

function metaOf(options: SeedOptions): StoreMeta {
  return { format: 1, seed: options.seed, users: options.users };
}

/** Each API's seeded document in turn, generated when asked for. */
function* seededApis(
  apis: readonly AnyApiDefinition[],
  options: SeedOptions,
  onProgress?: SeedProgress,
): Generator<[string, unknown]> {
  const total = apis.length * options.users;
  let done = 0;
  const progress = onProgress && (() => onProgress(Math.min((done += 1), total), total));
  for (const api of apis) yield [api.name, seedApi(api, options, progress)];
  onProgress?.(total, total);
}

/** A store with no API's data yet, made with `options`. */
export function unseededStore(options: SeedOptions): StoreData {
  return { meta: metaOf(options), apis: {} };
}

export function seedApi(
  api: AnyApiDefinition,
  options: SeedOptions,
  onRecord?: () => void,
): unknown {
  // The build's prepared store holds what the default seeding generates: no faker run.
  const prepared = preparedDocument(api.name, options);
  if (prepared === undefined) return api.seed(seedContext(api.name, options, onRecord));
  for (let record = 0; record < options.users; record += 1) onRecord?.();
  return prepared;
}

function seedContext(name: string, options: SeedOptions, onRecord?: () => void): SeedContext {
  const spec = loadSpec(name);
  const { englishFaker, parse } = seedingLibraries();
  // Faker's root module loads all its locales (a quarter second at start); the English
  // module holds one instance, whose class makes this one with the same data.
  const faker = new (englishFaker.constructor as typeof Faker)({
    locale: englishFaker.rawDefinitions,
    randomizer: seedingRandomizer(),
  });
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
      if (index >= 0) onRecord?.();
      faker.seed([options.seed, apiNumber, index]);
      return faker;
    },
    users: options.users,
  };
}
