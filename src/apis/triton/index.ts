import { createHash, randomUUID } from 'node:crypto';
import { defineApi } from '../../core/api.ts';
import { authenticateTriton } from './auth.ts';
import { tritonContracts } from './contracts.ts';
import { renderTritonError } from './errors.ts';
import { tritonHandlers } from './handlers.ts';
import { seedTriton } from './seed.ts';
import { openTriton, TRITON_TABLES } from './state.ts';
import { tritonStates } from './states.ts';

/** The CloudAPI version facsimile answers as (sdc-cloudapi v9.20.0 registers 9.0.0 as its highest). */
const API_VERSION = '9.0.0';
const SERVER = 'cloudapi/9.20.0';

export interface TritonOptions {
  /** Refuse signatures by keys not registered in the store (default: accept a known account's unknown key). */
  strictSignatures?: boolean;
}

export function tritonApi(options: TritonOptions = {}) {
  return defineApi({
    name: 'triton',
    title: 'Triton CloudAPI: users',
    seed: seedTriton,
    tables: TRITON_TABLES,
    open: openTriton,
    authenticate: (ctx) => authenticateTriton(ctx, options.strictSignatures ?? false),
    renderError: renderTritonError,
    handlers: tritonHandlers,
    states: tritonStates,
    contracts: tritonContracts,
    replayAuthorization: (principal) => (principal.token ? `Bearer ${principal.token}` : undefined),
    *resources(data) {
      for (const row of data.users) yield { schema: '/components/schemas/User', value: row.user };
    },
    responseHeaders: (_request, startedAt) => ({
      'Api-Version': API_VERSION,
      'Request-Id': randomUUID(),
      'Response-Time': String(Number((process.hrtime.bigint() - startedAt) / 1_000_000n)),
      Server: SERVER,
    }),
    onBody: (body) => ({ 'Content-MD5': createHash('md5').update(body).digest('base64') }),
    demo: {
      baseNote: 'CloudAPI clients ignore path prefixes: use the root port',
      credentials:
        'account "demo": Bearer facsimile-demo, or sign with fixtures/keys/triton-demo.pem',
    },
  });
}
