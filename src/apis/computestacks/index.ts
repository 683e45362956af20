import { defineApi } from '../../core/api/index.ts';
import { authenticateComputeStacks } from './auth.ts';
import { computeStacksContracts } from './contracts.ts';
import { renderComputeStacksError } from './errors.ts';
import { computeStacksHandlers } from './handlers.ts';
import { seedComputeStacks } from './seed.ts';
import { COMPUTESTACKS_TABLES, openComputeStacks } from './state.ts';
import { computeStacksStates } from './states.ts';
import { versionHeaders } from './versioning.ts';
import { railsRequestId } from './request-id.ts';

export const computestacksApi = defineApi({
  name: 'computestacks',
  title: 'ComputeStacks user API',
  seed: seedComputeStacks,
  tables: COMPUTESTACKS_TABLES,
  open: openComputeStacks,
  authenticate: authenticateComputeStacks,
  renderError: renderComputeStacksError,
  handlers: computeStacksHandlers,
  states: computeStacksStates,
  contracts: computeStacksContracts,
  responseHeaders: (request) => ({
    ...versionHeaders(request.headers.accept),
    ...railsRequestId(request),
  }),
  // rack-cors answers a preflight with 200 and an empty body.
  preflightStatus: 200,
  headAsGet: true,
  // Every Rails route ends in an optional `(.:format)`: /api/users.json is /api/users.
  routedUrl: (url) => url.replace(/^(\/api\/users(?:\/[^/?]+?)?)\.json(?=\?|$)/, '$1'),
  *resources(data) {
    for (const account of data.accounts)
      yield { schema: '/components/schemas/User', value: account.user };
  },
  demo: {
    baseNote: 'a self-hosted controller serves it as https://<your portal>/api/users',
    credentials:
      'Bearer facsimile-demo (John Doe, every scope); Basic john-doe-api:facsimile-demo-password',
  },
});
