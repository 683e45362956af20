import { randomBytes } from 'node:crypto';
import type { Faker } from '@faker-js/faker';
import { type SeedContext, hashPassword } from '../../core/api/index.ts';
import type {
  AppUsage,
  ScalingoData,
  StoredAddon,
  ScalingoUser,
  StoredAccount,
  StoredUsage,
} from './state.ts';

interface ScalingoFixtures {
  accounts: { example: string; tokens: string[]; password: string }[];
  usage: { owner: string; date: string; example: string }[];
  roles: { example: string };
  addons: {
    app: string;
    id: string;
    resource_id: string;
    provider: StoredAddon['addon_provider'];
  }[];
}

export function seedScalingo(ctx: SeedContext): ScalingoData {
  const fixtures = ctx.fixtures as unknown as ScalingoFixtures;
  const accounts: StoredAccount[] = fixtures.accounts.map((fixture) => ({
    user: ctx.example<{ user: ScalingoUser }>(fixture.example).user,
    tokens: fixture.tokens,
    passwordHash: hashPassword(fixture.password, 'seed'),
  }));
  const usage: StoredUsage[] = fixtures.usage.flatMap((fixture) =>
    ctx.example<{ usage: AppUsage[] }>(fixture.example).usage.map((app) => ({
      owner: fixture.owner,
      date: fixture.date,
      usage: app,
    })),
  );
  for (let index = 0; index < ctx.users; index += 1) {
    const faker = ctx.fakerFor(index);
    const account = demoAccount(faker, index);
    accounts.push(account);
    usage.push(demoUsage(faker, account.user.id));
  }
  const apps = usage.map((record) => ({
    id: record.usage.app_id,
    name: record.usage.app,
    owner: record.owner,
  }));
  const addons = (fixtures.addons ?? []).map((addon) => {
    const app = apps.find((candidate) => candidate.name === addon.app);
    if (!app)
      throw new Error(`fixtures/scalingo.yaml: addon ${addon.id} names no app ${addon.app}`);
    return {
      id: addon.id,
      app_id: app.id,
      resource_id: addon.resource_id,
      addon_provider: addon.provider,
    };
  });
  return {
    // Random, not from the seed: the seed is public, and anyone could mint this store's tokens.
    jwtSecret: randomBytes(32).toString('base64url'),
    roles: ctx.example<{ roles: string[] }>(fixtures.roles.example).roles,
    accounts,
    apps,
    addons,
    usage,
    deletions: [],
  };
}

function demoAccount(faker: Faker, index: number): StoredAccount {
  const id = `us-${faker.string.uuid()}`;
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const createdAt = faker.date.past({ years: 4 });
  const trialEnd = new Date(createdAt.getTime() + 30 * 86_400_000);
  const user: ScalingoUser = {
    id,
    uuid: id,
    created_at: createdAt.toISOString(),
    email: faker.internet.email({ firstName, lastName, provider: 'example.com' }).toLowerCase(),
    username: `${firstName}-${lastName}-${index}`.toLowerCase().replace(/[^a-z0-9-]/g, ''),
    company: faker.company.name(),
    location: faker.location.city(),
    fullname: `${firstName} ${lastName}`,
    tos_accepted: true,
    flags: {},
    limits: { free_trial_apps: '10' },
    referral_url: `https://sclng.io/r/${faker.string.hexadecimal({ length: 16, casing: 'lower', prefix: '' })}`,
    referral_clicks: faker.number.int({ max: 50 }),
    free_trial_started_at: createdAt.toISOString(),
    free_trial_end_time: trialEnd.toISOString(),
    suspended_at: null,
    suspension_reason: null,
    email_newsletter: faker.datatype.boolean(),
    role: faker.helpers.arrayElement([
      'developer',
      'devops',
      'founder',
      'student',
      'hobbyist',
    ] as const),
  };
  return { user, tokens: [`tk-us-${faker.string.uuid()}`], passwordHash: null };
}

function demoUsage(faker: Faker, owner: string): StoredUsage {
  const app =
    faker.word
      .noun()
      .toLowerCase()
      .replace(/[^a-z]/g, '') || 'app';
  const appId = faker.string.hexadecimal({ length: 24, casing: 'lower', prefix: '' });
  const date = faker.date.past({ years: 1 });
  return {
    owner,
    date: date.toISOString().slice(0, 10),
    usage: {
      app: `${app}-${faker.string.alphanumeric({ length: 4, casing: 'lower' })}`,
      app_id: appId,
      status: 'running',
      runtimes: [],
      addon_usages: [],
      first_month: `${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`,
    },
  };
}
