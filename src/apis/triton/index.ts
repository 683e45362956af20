import { createHash, randomUUID } from 'node:crypto';
import { defineApi } from '../../core/api/index.ts';
import { authenticateTriton } from './auth.ts';
import { tritonContracts } from './contracts.ts';
import { MAX_BODY_BYTES, renderTritonError } from './errors.ts';
import { assertAcceptable } from './accept.ts';
import { tritonHandlers } from './handlers.ts';
import { tritonKeyHandlers } from './user-keys.ts';
import { seedTriton } from './seed.ts';
import { openTriton, TRITON_TABLES } from './state.ts';
import { tritonStates } from './states.ts';
import { TrustedKeys } from './keys.ts';
import { checkContentMd5 } from './digest.ts';
import { acceptVersionOf, apiVersionFor, pathOf, servedVersion } from './versions.ts';

const SERVER = 'cloudapi/9.20.0';

export interface TritonOptions {
  /**
   * Only the accounts' keys (fixtures) and explicitly trusted keys verify a
   * signature; by default the `~/.ssh/*.pub` keys of the user running facsimile do too.
   */
  strictSignatures?: boolean;
  /** Public key files (OpenSSH or PEM) whose signatures are accepted for any account. */
  trustedKeyFiles?: readonly string[];
}

export function tritonApi(options: TritonOptions = {}) {
  const trusted = new TrustedKeys({
    ...(options.trustedKeyFiles ? { files: options.trustedKeyFiles } : {}),
    userKeys: !(options.strictSignatures ?? false),
  });
  return defineApi({
    name: 'triton',
    title: 'Triton CloudAPI: users',
    seed: seedTriton,
    tables: TRITON_TABLES,
    open: openTriton,
    // restify routes by version before any handler runs, then its acceptParser runs: a bad
    // version, then a 406, come before a 401.
    authenticate: (ctx) => {
      servedVersion(acceptVersionOf(ctx.request), ctx.request.method, pathOf(ctx.request));
      assertAcceptable(ctx.request.headers.accept);
      return authenticateTriton(ctx, trusted);
    },
    trustKey: (publicKey) => trusted.add(publicKey),
    checkRawBody: checkContentMd5,
    bareContentType: true,
    maxBodyBytes: MAX_BODY_BYTES,
    renderError: renderTritonError,
    handlers: { ...tritonHandlers, ...tritonKeyHandlers },
    states: tritonStates,
    contracts: tritonContracts,
    replayAuthorization: (principal) => (principal.token ? `Bearer ${principal.token}` : undefined),
    *resources(data) {
      for (const row of data.users) yield { schema: '/components/schemas/User', value: row.user };
    },
    responseHeaders: (request, startedAt) => ({
      'Api-Version': apiVersionFor(request),
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
