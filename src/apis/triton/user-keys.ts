import { ApiError, reply, type Handler } from '../../core/api/index.ts';
import type { TritonPrincipal } from './auth.ts';
import { mustFind } from './handlers.ts';
import { findKey, parsePublicKey } from './keys.ts';
import type { StoredKey, StoredUser, TritonState } from './state.ts';

type TritonHandler = Handler<TritonState, TritonPrincipal>;

const invalid = (message: string) =>
  new ApiError({ kind: 'invalid', message, code: 'InvalidArgument' });

function mustFindKey(row: StoredUser, name: string): StoredKey {
  const key = findKey(row.keys ?? [], name);
  if (!key)
    throw new ApiError({ kind: 'notFound', message: `${name} does not exist`, resource: 'key' });
  return key;
}

const listUserKeys: TritonHandler = ({ state, principal, params }) =>
  reply(200, mustFind(state, principal.account, params.user ?? '').keys ?? []);

const getUserKey: TritonHandler = ({ state, principal, params }) =>
  reply(200, mustFindKey(mustFind(state, principal.account, params.user ?? ''), params.name ?? ''));

/** sdc-cloudapi `lib/keys.js` create: the key line is kept as sent, named after its fingerprint by default. */
const createUserKey: TritonHandler = ({ state, principal, params, body }) => {
  const row = mustFind(state, principal.account, params.user ?? '');
  const input = (body ?? {}) as { key?: unknown; name?: unknown };
  if (input.key === undefined || input.key === null || input.key === '') {
    throw new ApiError({
      kind: 'missing',
      message: 'key is a required argument',
      code: 'MissingParameter',
    });
  }
  if (typeof input.key !== 'string') throw invalid('key must be a String');
  let fingerprint: string;
  try {
    fingerprint = parsePublicKey(input.key).fingerprint('md5').toString('hex');
  } catch {
    throw invalid('key is invalid');
  }
  const name = typeof input.name === 'string' && input.name !== '' ? input.name : fingerprint;
  const keys = row.keys ?? [];
  if (keys.some((key) => key.name === name || key.fingerprint === fingerprint)) {
    throw invalid('key already exists or is invalid');
  }
  const key: StoredKey = { name, fingerprint, key: input.key.trim() };
  state.users.replace(row, { ...row, keys: [...keys, key] });
  const location = `/${principal.account}/users/${params.user ?? ''}/keys/${encodeURIComponent(fingerprint)}`;
  return reply(201, key, { Location: location });
};

const deleteUserKey: TritonHandler = ({ state, principal, params }) => {
  const row = mustFind(state, principal.account, params.user ?? '');
  const gone = mustFindKey(row, params.name ?? '');
  state.users.replace(row, { ...row, keys: (row.keys ?? []).filter((key) => key !== gone) });
  return reply(204);
};

export const tritonKeyHandlers = {
  ListUserKeys: listUserKeys,
  HeadUserKeys: listUserKeys,
  GetUserKey: getUserKey,
  HeadUserKey: getUserKey,
  CreateUserKey: createUserKey,
  DeleteUserKey: deleteUserKey,
};
