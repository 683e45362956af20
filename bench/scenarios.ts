import type { ApiName } from '../src/core/specs/spec-files.ts';

/** The demo token every API accepts (README, "Demo credentials"). */
export const DEMO_AUTH = { authorization: 'Bearer facsimile-demo' };

/** Scalr's demo account, which every generated demo user joins (fixtures/scalr.yaml). */
const SCALR_DEMO_ACCOUNT = 'acc-svrcncgh453bi8g';
/** Alice's id in fixtures/triton.yaml's example: a lookup by id rather than by login. */
const ALICE_ID = '4c2f0a51-8e0b-4b57-9a6e-2f9c1d7e3a10';

/** A GET through the whole stub; `path` is inside the API (Prism serves it at its root). */
export interface ReadOperation {
  key: string;
  title: string;
  api: ApiName;
  path: string;
}

const scalingoSelf: ReadOperation = {
  key: 'scalingo-self',
  title: 'Scalingo GET /v1/users/self',
  api: 'scalingo',
  path: '/v1/users/self',
};

const tritonByLogin: ReadOperation = {
  key: 'triton-login',
  title: 'Triton GET /demo/users/alice',
  api: 'triton',
  path: '/demo/users/alice',
};

const tritonById: ReadOperation = {
  key: 'triton-id',
  title: 'Triton GET /demo/users/<alice id>',
  api: 'triton',
  path: `/demo/users/${ALICE_ID}`,
};

// Brackets percent-encoded, as URLSearchParams and the providers' SDKs send them.
const scalrPage: ReadOperation = {
  key: 'scalr-page',
  title: 'Scalr account-users, page of 20',
  api: 'scalr',
  path: `/api/iacp/v3/account-users?filter%5Baccount%5D=${SCALR_DEMO_ACCOUNT}&page%5Bsize%5D=20`,
};

/** The read path, each against bare node:http, bare Express and Prism. */
export const READ_OPERATIONS: readonly ReadOperation[] = [scalingoSelf, tritonByLogin, scalrPage];

/** Lookups by token, login and id, and a paginated list: timed with few and with many records. */
export const LOOKUP_OPERATIONS: readonly ReadOperation[] = [
  scalingoSelf,
  tritonByLogin,
  tritonById,
  scalrPage,
];

/** A create with a unique body per request, and how to find its record in the store file. */
export interface CreateOperation {
  key: string;
  title: string;
  api: ApiName;
  path: string;
  body(tag: string, index: number): object;
  /** Matches a created record's unique name in the store file; group 1 is its index. */
  onDisk(tag: string): RegExp;
}

const tritonCreate: CreateOperation = {
  key: 'triton-create',
  title: 'Triton CreateUser',
  api: 'triton',
  path: '/demo/users',
  body: (tag, index) => ({
    login: `bt${tag}n${index}`,
    email: `bt${tag}n${index}@example.com`,
    password: 'bench-secret-42',
  }),
  onDisk: (tag) => new RegExp(`"login":\\s*"bt${tag}n(\\d+)"`, 'g'),
};

const PASSWORD = 'bench-password-0123456789';
const scalingoDbCreate: CreateOperation = {
  key: 'scalingo-db-create',
  title: 'Scalingo DB createDatabaseUser',
  api: 'scalingo-db',
  path: '/api/databases/my-db-123/users',
  body: (tag, index) => ({
    database_user: {
      name: `bench-${tag}-${index}`,
      password: PASSWORD,
      password_confirmation: PASSWORD,
    },
  }),
  onDisk: (tag) => new RegExp(`"name":\\s*"bench-${tag}-(\\d+)"`, 'g'),
};

export const CREATE_OPERATIONS: readonly CreateOperation[] = [tritonCreate, scalingoDbCreate];

/** json-server's baseline create: Triton's body into its `users` collection. */
export const JSON_SERVER_CREATE = { path: '/users', body: tritonCreate.body };

/** Lower-case letters and digits, unique per run: created names never collide with seeds. */
export function runTag(): string {
  return Date.now().toString(36);
}

/** A write timed for its latency: a create or an update on one API, its body unique per request. */
export interface WriteOperation {
  key: string;
  title: string;
  api: ApiName;
  method: 'POST' | 'PATCH';
  path: string;
  contentType: string;
  /** The status of a write that was made. */
  expect: number;
  body(tag: string, index: number): object;
}

/** One write per API (issue 11): creates where the API has one, else the demo user's update. */
export const WRITE_OPERATIONS: readonly WriteOperation[] = [
  {
    key: 'triton-create',
    title: 'Triton CreateUser',
    api: 'triton',
    method: 'POST',
    path: tritonCreate.path,
    contentType: 'application/json',
    expect: 201,
    body: tritonCreate.body,
  },
  {
    key: 'scalingo-db-create',
    title: 'Scalingo DB createDatabaseUser',
    api: 'scalingo-db',
    method: 'POST',
    path: scalingoDbCreate.path,
    contentType: 'application/json',
    expect: 201,
    body: scalingoDbCreate.body,
  },
  {
    key: 'scalr-create',
    title: 'Scalr createUser',
    api: 'scalr',
    method: 'POST',
    path: '/api/iacp/v3/users',
    contentType: 'application/vnd.api+json',
    expect: 201,
    body: (tag, index) => ({
      data: { type: 'users', attributes: { email: `bench-${tag}-${index}@example.com` } },
    }),
  },
  {
    key: 'computestacks-update',
    title: 'ComputeStacks PATCH /api/users',
    api: 'computestacks',
    method: 'PATCH',
    path: '/api/users',
    contentType: 'application/json',
    expect: 200,
    body: (tag, index) => ({ user: { city: `Bench ${tag} ${index}` } }),
  },
  {
    key: 'scalingo-update',
    title: 'Scalingo PATCH /v1/account/profile',
    api: 'scalingo',
    method: 'PATCH',
    path: '/v1/account/profile',
    contentType: 'application/json',
    expect: 200,
    body: (tag, index) => ({ user: { company: `Bench ${tag} ${index}` } }),
  },
];
