import type { Faker } from '@faker-js/faker';
import { type SeedContext, hashPassword } from '../../core/api/index.ts';
import { currencyOf } from './attributes.ts';
import type {
  ComputeStacksData,
  ComputeStacksUser,
  Installation,
  Labels,
  QuotaUsage,
  StoredAccount,
  StoredCredential,
  StoredToken,
} from './state.ts';

interface TokenFixture {
  token: string;
  scopes: string[];
  expiresAt?: string;
  revoked?: boolean;
}

interface ComputeStacksFixtures {
  installation: Pick<Installation, 'hostname' | 'currency' | 'locales'>;
  accounts: {
    example: string;
    user?: Partial<ComputeStacksUser>;
    labels: Labels;
    tokens: TokenFixture[];
    credentials: { name: string; username: string; password: string }[];
  }[];
  clientTokens: TokenFixture[];
}

const DEMO_SCOPES = ['public', 'profile_read', 'profile_update'];
const DEMO_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD'];

export function seedComputeStacks(ctx: SeedContext): ComputeStacksData {
  const fixtures = ctx.fixtures as unknown as ComputeStacksFixtures;
  const tokens = fixtures.clientTokens.map((fixture) => tokenOf(fixture, null));
  const credentials: StoredCredential[] = [];
  const accounts: StoredAccount[] = fixtures.accounts.map((fixture) => {
    const user = {
      ...ctx.example<{ user: ComputeStacksUser }>(fixture.example).user,
      ...fixture.user,
    };
    tokens.push(...fixture.tokens.map((token) => tokenOf(token, user.id)));
    credentials.push(...fixture.credentials.map((c) => credentialOf(c, user.id)));
    return { user, labels: fixture.labels, externalId: null };
  });
  const installation = installationOf(fixtures, accounts[0]?.user);
  const firstDemoId = Math.max(0, ...accounts.map((account) => account.user.id)) + 1;
  for (let index = 0; index < ctx.users; index += 1) {
    const faker = ctx.fakerFor(index);
    const account = demoAccount(faker, firstDemoId + index, installation);
    accounts.push(account);
    tokens.push({
      token: faker.string.alphanumeric(43),
      scopes: DEMO_SCOPES,
      userId: account.user.id,
    });
  }
  return { installation, accounts, tokens, credentials };
}

/** New users get the plan and the quota limits of the first account (the document's user). */
function installationOf(
  fixtures: ComputeStacksFixtures,
  template: ComputeStacksUser | undefined,
): Installation {
  if (!template) throw new Error('fixtures/computestacks.yaml names no account');
  return {
    ...fixtures.installation,
    billingPlan: { ...template.billing_plan },
    quota: emptyQuota(template.quota),
  };
}

function tokenOf(fixture: TokenFixture, userId: number | null): StoredToken {
  return { ...fixture, scopes: [...fixture.scopes], userId };
}

function credentialOf(
  fixture: { name: string; username: string; password: string },
  userId: number,
): StoredCredential {
  return {
    name: fixture.name,
    username: fixture.username,
    // A fixed salt keeps two seeds byte-identical.
    passwordDigest: hashPassword(fixture.password, 'seed'),
    userId,
  };
}

/** A new user's quota: the same limits, nothing used. */
function emptyQuota(quota: Record<string, QuotaUsage>): Record<string, QuotaUsage> {
  return Object.fromEntries(
    Object.entries(quota).map(([kind, usage]) => [
      kind,
      { current: 0, quota: usage.quota, is_over: false, available: usage.quota },
    ]),
  );
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function demoAccount(faker: Faker, id: number, installation: Installation): StoredAccount {
  const fname = faker.person.firstName();
  const lname = faker.person.lastName();
  const createdAt = faker.date.past({ years: 4 });
  const services = {
    projects: faker.number.int({ max: 5 }),
    containers: faker.number.int({ max: 20 }),
    container_services: faker.number.int({ max: 8 }),
    container_images: faker.number.int({ max: 6 }),
    container_registries: faker.number.int({ max: 2 }),
    dns_zones: faker.number.int({ max: 4 }),
  };
  const orNull = <T>(value: T) => (faker.datatype.boolean() ? value : null);
  const user: ComputeStacksUser = {
    id,
    fname,
    lname,
    email: `${slug(fname)}.${slug(lname)}${id}@example.com`,
    phone: orNull(faker.phone.number({ style: 'international' })),
    address1: orNull(faker.location.streetAddress()),
    address2: orNull(faker.location.secondaryAddress()),
    city: orNull(faker.location.city()),
    company_name: orNull(faker.company.name()),
    country: faker.location.countryCode('alpha-2'),
    timezone: faker.location.timeZone(),
    currency: currencyOf(faker.helpers.arrayElement(DEMO_CURRENCIES)),
    c_sftp_pass: faker.datatype.boolean(),
    zip: orNull(faker.location.zipCode()),
    vat: null,
    state: orNull(faker.location.state({ abbreviated: true })),
    locale: faker.helpers.arrayElement(installation.locales),
    created_at: createdAt.toISOString(),
    updated_at: faker.date.between({ from: createdAt, to: faker.defaultRefDate() }).toISOString(),
    billing_plan: { ...installation.billingPlan },
    services,
    quota: usedQuota(installation.quota, services),
    unprocessed_usage: faker.number.float({ max: 250, fractionDigits: 2 }),
  };
  return { user, labels: {}, externalId: null };
}

/** The quota kinds the view counts, filled from the user's services. */
function usedQuota(
  limits: Record<string, QuotaUsage>,
  services: ComputeStacksUser['services'],
): Record<string, QuotaUsage> {
  const used: Record<string, number> = {
    containers: services.containers,
    cr: services.container_registries,
    dns_zones: services.dns_zones,
  };
  return Object.fromEntries(
    Object.entries(limits).map(([kind, limit]) => {
      const current = used[kind] ?? 0;
      const quota = limit.quota;
      return [
        kind,
        { current, quota, is_over: current > quota, available: Math.max(0, quota - current) },
      ];
    }),
  );
}
