import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SeedContext, hashPassword } from '../../core/api/index.ts';
import { FIXTURES_DIR } from '../../core/state/index.ts';
import { type StoredAccount, type StoredUser, type TritonData, type TritonUser } from './state.ts';

interface AccountFixture {
  id: string;
  login: string;
  email: string;
  tokens: string[];
  keys: { name: string; file: string }[];
}

interface UserFixture {
  account: string;
  example: string;
  password: string;
  roles?: string[];
  defaultRoles?: string[];
}

interface TritonFixtures {
  accounts: AccountFixture[];
  users: UserFixture[];
  demoAccount: string;
}

export function seedTriton(ctx: SeedContext): TritonData {
  const fixtures = ctx.fixtures as unknown as TritonFixtures;
  const accounts = fixtures.accounts.map(toAccount);
  const users: StoredUser[] = fixtures.users.map((fixture) => ({
    account: fixture.account,
    passwordHash: hashPassword(fixture.password, 'seed'),
    roles: fixture.roles ?? [],
    defaultRoles: fixture.defaultRoles ?? [],
    user: ctx.example<TritonUser>(fixture.example),
  }));
  for (let index = 0; index < ctx.users; index += 1)
    users.push(demoUser(ctx, fixtures.demoAccount, index));
  return { accounts, users };
}

function toAccount(fixture: AccountFixture): StoredAccount {
  const keys = fixture.keys.map(({ name, file }) => {
    const line = readFileSync(join(FIXTURES_DIR, file), 'utf8').trim();
    return {
      name,
      key: line,
      fingerprint: md5Fingerprint(line),
    };
  });
  return {
    id: fixture.id,
    login: fixture.login,
    email: fixture.email,
    tokens: fixture.tokens,
    keys,
  };
}

function demoUser(ctx: SeedContext, account: string, index: number): StoredUser {
  const faker = ctx.fakerFor(index);
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  // UFDS logins: a letter first, at most 32 characters.
  const login =
    `${firstName}${lastName}`
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 24) + index;
  const created = faker.date.past({ years: 3 }).toISOString();
  const user: TritonUser = {
    id: faker.string.uuid(),
    login,
    email: faker.internet.email({ firstName, lastName, provider: 'example.com' }).toLowerCase(),
    companyName: faker.company.name(),
    firstName,
    lastName,
    city: faker.location.city(),
    country: faker.location.countryCode(),
    phone: faker.phone.number({ style: 'international' }),
    created,
    updated: created,
  };
  return {
    account,
    passwordHash: hashPassword(`demo-${index}`, 'seed'),
    roles: [],
    defaultRoles: [],
    user,
  };
}

/**
 * The MD5 fingerprint of an OpenSSH public key line, as Triton names keys (`aa:bb:…`): the
 * hash of the base64 key blob. Computed here rather than with sshpk, which would cost every
 * start-up its load time.
 */
function md5Fingerprint(line: string): string {
  const blob = Buffer.from(line.split(/\s+/)[1] ?? '', 'base64');
  return (createHash('md5').update(blob).digest('hex').match(/../g) ?? []).join(':');
}
