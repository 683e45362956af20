import type { Faker } from '@faker-js/faker';
import type { SeedContext } from '../../core/api/index.ts';
import { dbmsAttributesFor } from './lookups.ts';
import type {
  DatabaseType,
  DatabaseUser,
  PasswordEncryption,
  ScalingoDbData,
  StoredDatabase,
  StoredDatabaseUser,
} from './state.ts';

interface DatabaseFixture {
  name: string;
  id: string;
  addon_id: string;
  type: DatabaseType;
  tokens: string[];
  users_example: string;
}

interface ScalingoDbFixtures {
  demo_tokens: string[];
  databases: DatabaseFixture[];
  demo_databases: number;
}

const DATABASE_TYPES: DatabaseType[] = ['postgresql', 'mysql', 'mongodb', 'influxdb'];
const ENCRYPTIONS: PasswordEncryption[] = ['SCRAM-SHA-256', 'MD5'];
/** Room for `-<index>` within the 32-character limit of a user name. */
const NAME_STEM_LENGTH = 25;

/**
 * The document's database and users, then generated demo databases (each with
 * its protected platform user), then `ctx.users` demo users in index order, so
 * user `i` sits at the same place whatever the user count.
 */
export function seedScalingoDb(ctx: SeedContext): ScalingoDbData {
  const fixtures = ctx.fixtures as unknown as ScalingoDbFixtures;
  const databases: StoredDatabase[] = [];
  const users: StoredDatabaseUser[] = [];
  for (const { users_example, ...database } of fixtures.databases) {
    databases.push(database);
    const listed = ctx.example<{ 'database-users': DatabaseUser[] }>(users_example);
    for (const user of listed['database-users'])
      users.push({ database: database.id, user, passwordHash: null });
  }
  const demoDatabases = Array.from({ length: fixtures.demo_databases }, (_, k) =>
    demoDatabase(ctx.fakerFor(-(k + 1)), k),
  );
  for (const database of demoDatabases) {
    databases.push(database);
    users.push({ database: database.id, user: platformUser(database), passwordHash: null });
  }
  for (let index = 0; index < ctx.users; index += 1) {
    const database = demoDatabases[index % demoDatabases.length];
    if (database) users.push(demoUser(ctx.fakerFor(index), index, database));
  }
  return { demoTokens: fixtures.demo_tokens, databases, users };
}

function demoDatabase(faker: Faker, k: number): StoredDatabase {
  const name = `demo-${slug(faker.word.noun()) || 'app'}-${k + 1}`;
  return {
    id: faker.string.hexadecimal({ length: 24, casing: 'lower', prefix: '' }),
    name,
    addon_id: `ad-${faker.string.uuid()}`,
    type: faker.helpers.arrayElement(DATABASE_TYPES),
    tokens: [`facsimile-addon-${name}`],
  };
}

/** Scalingo creates a protected user named after each database. */
function platformUser(database: StoredDatabase): DatabaseUser {
  return {
    name: database.name,
    read_only: false,
    protected: true,
    ...dbmsAttributesFor(database.type),
  };
}

function demoUser(faker: Faker, index: number, database: StoredDatabase): StoredDatabaseUser {
  const stem = [faker.person.firstName(), faker.person.lastName()]
    .map(slug)
    .filter(Boolean)
    .join('-');
  const name = `${stem.slice(0, NAME_STEM_LENGTH).replace(/-+$/, '') || 'user'}-${index}`;
  const encryption = faker.helpers.arrayElement(ENCRYPTIONS);
  const user: DatabaseUser = {
    name,
    read_only: faker.datatype.boolean(),
    protected: false,
    ...(database.type === 'postgresql'
      ? { dbms_attributes: { password_encryption: encryption } }
      : {}),
  };
  return { database: database.id, user, passwordHash: null };
}

/** Lower-case letters and digits, single inner hyphens: what a user name allows. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
