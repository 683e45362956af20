import type { Faker } from '@faker-js/faker';
import type { SeedContext } from '../../core/api/index.ts';
import { accountUserResource, timestamp, userResource } from './resources.ts';
import type {
  Account,
  AccountUser,
  ScalrData,
  ScalrUser,
  StoredAccountUser,
  StoredRole,
  StoredTeam,
  StoredToken,
  StoredUser,
  UserStatus,
} from './state.ts';

interface ScalrFixtures {
  accountUsers: { example: string };
  users: { example: string };
  accounts: { id: string; name: string }[];
  teams: { id: string; account: string; name: string; description: string | null }[];
  identityProviders: { default: string; list: { id: string; name: string }[] };
  roles: StoredRole[];
  globalAccountUsers: { user: string; account: string; status: UserStatus }[];
  demoUsers: { account: string; team: string };
  tokens: StoredToken[];
}

export function seedScalr(ctx: SeedContext): ScalrData {
  const fixtures = ctx.fixtures as unknown as ScalrFixtures;
  const users: StoredUser[] = resourcesOf<ScalrUser>(ctx, fixtures.users.example).map((user) => ({
    user,
    passwordHash: null,
    changePasswordOnSignIn: false,
  }));
  const accountUsers: StoredAccountUser[] = [
    ...resourcesOf<AccountUser>(ctx, fixtures.accountUsers.example).map((accountUser) => ({
      accountUser,
      global: false,
      roles: [],
    })),
    ...fixtures.globalAccountUsers.map((fixture, index) =>
      globalAccountUser(ctx.fakerFor(-1 - index), fixture, users),
    ),
  ];
  for (let index = 0; index < ctx.users; index += 1) {
    const demo = demoUser(ctx.fakerFor(index), index, fixtures);
    users.push(demo.user);
    accountUsers.push(demo.accountUser);
  }
  const data: ScalrData = {
    tokens: fixtures.tokens,
    defaultIdentityProvider: fixtures.identityProviders.default,
    identityProviders: fixtures.identityProviders.list.map(({ id, name }) => ({
      attributes: { name },
      id,
      type: 'identity-providers',
    })),
    accounts: fixtures.accounts.map(({ id, name }): Account => ({
      attributes: { name },
      id,
      type: 'accounts',
    })),
    teams: fixtures.teams.map(({ id, account, name, description }): StoredTeam => ({
      account,
      team: { attributes: { description, name }, id, type: 'teams' },
    })),
    roles: fixtures.roles,
    users,
    accountUsers,
  };
  assertReferencesExist(data);
  return data;
}

/** The resources of a named JSON:API example document (`data`, one or many). */
function resourcesOf<T>(ctx: SeedContext, example: string): T[] {
  const { data } = ctx.example<{ data: T | T[] }>(example);
  return Array.isArray(data) ? data : [data];
}

function globalAccountUser(
  faker: Faker,
  fixture: ScalrFixtures['globalAccountUsers'][number],
  users: StoredUser[],
): StoredAccountUser {
  const user = users.find((row) => row.user.id === fixture.user);
  if (!user) throw new Error(`fixtures/scalr.yaml: no user ${fixture.user}`);
  const accountUser = accountUserResource({
    id: faker.string.uuid(),
    account: fixture.account,
    user: fixture.user,
    status: fixture.status,
    lastLoginAt: user.user.attributes['last-login-at'],
    teams: [],
  });
  return { accountUser, global: true, roles: [] };
}

function demoUser(faker: Faker, index: number, fixtures: ScalrFixtures) {
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const local = `${firstName}.${lastName}.${index}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
  const createdAt = faker.date.past({ years: 3 });
  const signedIn = faker.datatype.boolean({ probability: 0.7 });
  const lastLoginAt = signedIn
    ? timestamp(faker.date.between({ from: createdAt, to: faker.defaultRefDate() }))
    : null;
  const status: UserStatus = signedIn
    ? faker.helpers.arrayElement(['Active', 'Active', 'Inactive'] as const)
    : 'Pending';
  const teams = faker.datatype.boolean() ? [fixtures.demoUsers.team] : [];
  const user = userResource({
    id: `user-${faker.string.alphanumeric({ length: 15, casing: 'lower' })}`,
    email: `${local}@example.com`,
    fullName: `${firstName} ${lastName}`,
    status,
    createdAt: timestamp(createdAt),
    lastLoginAt,
    identityProviders: [fixtures.identityProviders.default],
    teams,
  });
  const accountUser = accountUserResource({
    id: faker.string.uuid(),
    account: fixtures.demoUsers.account,
    user: user.id,
    status,
    lastLoginAt,
    teams,
  });
  return {
    user: { user, passwordHash: null, changePasswordOnSignIn: false },
    accountUser: { accountUser, global: false, roles: [] },
  };
}

/** A broken fixture fails the seed, not a later request. */
function assertReferencesExist(data: ScalrData): void {
  const known = new Set([
    ...data.accounts.map((account) => account.id),
    ...data.teams.map((row) => row.team.id),
    ...data.identityProviders.map((idp) => idp.id),
    ...data.users.map((row) => row.user.id),
  ]);
  const referenced = [
    data.defaultIdentityProvider,
    ...data.teams.map((row) => row.account),
    ...data.users.flatMap(({ user }) => [
      ...user.relationships['identity-providers'].data.map((ref) => ref.id),
      ...user.relationships.teams.data.map((ref) => ref.id),
    ]),
    ...data.accountUsers.flatMap(({ accountUser: { relationships } }) => [
      relationships.account.data.id,
      relationships.user.data.id,
      ...relationships.teams.data.map((ref) => ref.id),
    ]),
  ];
  const missing = [...new Set(referenced.filter((id) => !known.has(id)))];
  if (missing.length > 0)
    throw new Error(`fixtures/scalr.yaml: unknown ${missing.join(', ')} referenced`);
}
