import { request } from 'node:http';

/** The soak's traffic: normal reads and writes mixed with the hostile requests of issue 22. */

export interface Sent {
  status: number;
  text: string;
}

export interface Target {
  base: string;
  /** Acknowledged normal writes, to look for after the restart: `[api, id]`. */
  written: [Api, string][];
}

export type Api = 'triton' | 'scalr' | 'scalingo-db';

const DEMO = { authorization: 'Bearer facsimile-demo' };
const JSON_TYPE = { ...DEMO, 'content-type': 'application/json' };
const JSON_API = { ...DEMO, 'content-type': 'application/vnd.api+json' };
const PASSWORD = 'Soak-Secret-0123456789-abcdef';

/** Sends one request exactly as given (`GET *` included); bodies are sent as they are. */
export function send(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Sent> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const sent = request({ host: hostname, port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    sent.setTimeout(30_000, () => sent.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
    sent.on('error', reject);
    sent.end(body);
  });
}

const json = (value: unknown) => JSON.stringify(value);

/** What came back, for the report of an unexpected answer. */
const seen = (sent: Sent) => `${sent.status} ${sent.text.slice(0, 160)}`;

/** `true` when `ok`, else what came back. */
const expect = (sent: Sent, ok: boolean): true | string => ok || seen(sent);

/** A create is answered 201, or 507 once its table holds its bound of rows. */
const created = (sent: Sent) => expect(sent, sent.status === 201 || sent.status === 507);

/** One kind of request: how to send it, and whether its answer is the one expected. */
export interface Action {
  name: string;
  hostile: boolean;
  weight: number;
  /** `true` when the answer is the one expected, else what came back. */
  run(target: Target, n: number): Promise<true | string>;
}

export const ACTIONS: Action[] = [
  {
    name: 'triton create',
    hostile: false,
    weight: 10,
    async run({ base, written }, n) {
      const login = `soak${n}`;
      const body = json({ login, email: `${login}@example.com`, password: PASSWORD });
      const sent = await send(base, 'POST', '/triton/demo/users', JSON_TYPE, body);
      if (sent.status === 201) written.push(['triton', login]);
      return created(sent);
    },
  },
  {
    name: 'scalr create',
    hostile: false,
    weight: 6,
    async run({ base, written }, n) {
      const body = json({ data: { type: 'users', attributes: { email: `soak${n}@example.com` } } });
      const sent = await send(base, 'POST', '/scalr/api/iacp/v3/users', JSON_API, body);
      if (sent.status === 201) written.push(['scalr', JSON.parse(sent.text).data.id]);
      return created(sent);
    },
  },
  {
    name: 'scalingo-db create',
    hostile: false,
    weight: 4,
    async run({ base, written }, n) {
      const name = `soak-user-${n}`;
      const user = { name, password: PASSWORD, password_confirmation: PASSWORD };
      const path = '/scalingo-db/api/databases/my-db-123/users';
      const sent = await send(base, 'POST', path, JSON_TYPE, json({ database_user: user }));
      if (sent.status === 201) written.push(['scalingo-db', name]);
      return created(sent);
    },
  },
  ...(
    [
      // CloudAPI lists every user: the answer grows with the store, so it is sent less often.
      ['triton list', '/triton/demo/users', 2],
      ['triton read', '/triton/demo/users/soak0', 8],
      ['scalr list', '/scalr/api/iacp/v3/users?page[size]=100', 8],
      ['scalingo self', '/scalingo/v1/users/self', 8],
    ] as const
  ).map(([name, path, weight]) => ({
    name,
    hostile: false,
    weight,
    async run({ base }: Target) {
      const sent = await send(base, 'GET', path, DEMO);
      return expect(sent, sent.status === 200 || sent.status === 404);
    },
  })),
  {
    name: 'huge string field (1)',
    hostile: true,
    weight: 1,
    async run({ base }, n) {
      const body = json({
        login: `big${n}`,
        email: 'b@example.com',
        companyName: 'x'.repeat(950_000),
      });
      const sent = await send(base, 'POST', '/triton/demo/users', JSON_TYPE, body);
      return expect(sent, sent.status === 400 || sent.status === 409);
    },
  },
  {
    name: '300,000-item array (2)',
    hostile: true,
    weight: 1,
    async run({ base }) {
      const data = `[${'0,'.repeat(299_999)}0]`;
      const body = `{"data":{"type":"users","attributes":{"email":"a@example.com"},"relationships":{"teams":{"data":${data}}}}}`;
      const sent = await send(base, 'POST', '/scalr/api/iacp/v3/users', JSON_API, body);
      return expect(sent, sent.status === 413);
    },
  },
  {
    name: 'session from a hostile page (3)',
    hostile: true,
    weight: 3,
    async run({ base }, n) {
      const headers = {
        ...DEMO,
        origin: 'http://evil.example',
        'x-facsimile-session': `evil-${n}`,
      };
      const sent = await send(base, 'GET', '/triton/demo/users/soak0', headers);
      return expect(sent, [200, 404, 503].includes(sent.status));
    },
  },
  {
    name: 'form body as JSON (4)',
    hostile: true,
    weight: 2,
    async run({ base }) {
      const sent = await send(base, 'POST', '/triton/demo/users', JSON_TYPE, 'password=Soak-Leak');
      return expect(sent, sent.status === 400 && !/Soak-Leak|password/.test(sent.text));
    },
  },
  {
    name: 'forged token without exp (6)',
    hostile: true,
    weight: 2,
    async run({ base }) {
      const part = (value: unknown) => Buffer.from(json(value)).toString('base64url');
      const token = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ uuid: 'us-x' })}.${'A'.repeat(43)}`;
      const headers = { authorization: `Bearer ${token}` };
      const sent = await send(base, 'GET', '/scalingo/v1/users/self', headers);
      return expect(sent, sent.status === 401);
    },
  },
  {
    name: 'password change without current (7)',
    hostile: true,
    weight: 1,
    async run({ base }) {
      const body = json({
        user: { password: 'Taken-Over-1', password_confirmation: 'Taken-Over-1' },
      });
      const sent = await send(base, 'PUT', '/scalingo/v1/users/account', JSON_TYPE, body);
      return expect(sent, sent.status === 422);
    },
  },
  {
    name: 'odd input (8)',
    hostile: true,
    weight: 2,
    async run({ base }) {
      const star = await send(base, 'GET', '*', DEMO);
      const state = await send(
        base,
        'POST',
        '/__facsimile/provider-states',
        JSON_TYPE,
        json({
          state: 'at least 3 Scalr users',
          params: { count: { toString: 1 } },
        }),
      );
      return star.status !== 404 ? seen(star) : expect(state, state.status === 400);
    },
  },
];

/** Picks an action by weight. */
export function pick(random: number): Action {
  const total = ACTIONS.reduce((sum, action) => sum + action.weight, 0);
  let left = random * total;
  return ACTIONS.find((action) => (left -= action.weight) < 0) ?? (ACTIONS.at(-1) as Action);
}

/** The acknowledged writes a store no longer holds. */
export async function missingOf(base: string, written: [Api, string][]): Promise<[Api, string][]> {
  const listed = await send(base, 'GET', '/scalingo-db/api/databases/my-db-123/users', DEMO);
  const dbUsers = new Set(
    (JSON.parse(listed.text)['database-users'] as { name: string }[]).map((user) => user.name),
  );
  const missing: [Api, string][] = [];
  const queue = [...written];
  const worker = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) {
      const [api, id] = next;
      const path = api === 'triton' ? `/triton/demo/users/${id}` : `/scalr/api/iacp/v3/users/${id}`;
      const found =
        api === 'scalingo-db'
          ? dbUsers.has(id)
          : (await send(base, 'GET', path, DEMO)).status === 200;
      if (!found) missing.push(next);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return missing;
}
