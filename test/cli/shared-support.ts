import { serveCli, type Cli, type RunOptions } from './support.ts';

export type Serving = Cli & { url: string };

export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const DEMO = { authorization: 'Bearer facsimile-demo' };

/**
 * `count` facsimile processes on one PostgreSQL database, started at the same instant; with
 * `url` null, the database comes from the environment or configuration file in `options`.
 */
export function serveShared(
  url: string | null,
  count: number,
  args: string[] = [],
  options: RunOptions = {},
): Promise<Serving[]> {
  const store = url === null ? [] : ['--store', url];
  return Promise.all(
    Array.from({ length: count }, () =>
      serveCli([...store, '--no-api-ports', '--log-format', 'json', ...args], options),
    ),
  );
}

/** One HTTP call to a process, with the demo credentials; a refused connection answers status 0. */
export async function call(
  base: string,
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  try {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...DEMO,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    return { status: response.status, body };
  } catch {
    return { status: 0, body: undefined };
  }
}

export function statusesOf(answers: Answer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
  return counts;
}

export const tritonUser = (login: string) => ({
  login,
  email: `${login}@example.com`,
  password: `${login}-secret-42`,
});

export const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const JSON_API = 'application/vnd.api+json';
const MY_DB = 'my-db-123';

/** One create per provider whose uniqueness rule the race tests, and how many rows hold its key. */
export interface UniqueCase {
  api: string;
  path: string;
  headers?: Record<string, string>;
  body: unknown;
  /**
   * The provider's status and body for "already taken". ComputeStacks answers 201 and makes up
   * an email for the account instead (`<provider_username>_<hex>@<host>`), as its controller does.
   */
  taken: { status: number; body?: unknown };
  /** Rows in the API's dumped state holding the contested key. */
  holders(data: any): number; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const password = 'race-password-abcdefghijklmnop';

export const uniqueCases: UniqueCase[] = [
  {
    api: 'triton',
    path: '/triton/demo/users',
    body: { login: 'racer', email: 'racer@example.com', password: 'race-secret-42' },
    taken: {
      status: 409,
      body: { code: 'InvalidArgument', message: 'Login is already taken' },
    },
    holders: (data) =>
      data.users.filter((row: { user: { login: string } }) => row.user.login === 'racer').length,
  },
  {
    api: 'scalingo-db',
    path: `/scalingo-db/api/databases/${MY_DB}/users`,
    body: { database_user: { name: 'racer-name', password, password_confirmation: password } },
    taken: { status: 422, body: { errors: { name: ['has already been taken'] } } },
    holders: (data) =>
      data.users.filter((row: { user: { name: string } }) => row.user.name === 'racer-name').length,
  },
  {
    api: 'scalr',
    path: '/scalr/api/iacp/v3/users',
    headers: { 'content-type': JSON_API },
    body: {
      data: { type: 'users', attributes: { email: 'racer@example.com', username: 'racer' } },
    },
    taken: { status: 422 },
    holders: (data) =>
      data.users.filter(
        (row: { user: { attributes: { email: string } } }) =>
          row.user.attributes.email === 'racer@example.com',
      ).length,
  },
  {
    api: 'computestacks',
    path: '/computestacks/api/users',
    body: {
      user: { fname: 'Race', lname: 'Winner', email: 'racer@example.com' },
      provider_server: 'server1.example.com',
      provider_username: 'racer',
    },
    taken: { status: 201 },
    holders: (data) =>
      data.accounts.filter(
        (row: { user: { email: string } }) => row.user.email === 'racer@example.com',
      ).length,
  },
];
