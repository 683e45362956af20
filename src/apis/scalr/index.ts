import { scalrStates } from './states.ts';
import { defineApi } from '../../core/api/index.ts';
import { authenticateScalr } from './auth.ts';
import { scalrContracts } from './contracts/index.ts';
import { renderScalrError } from './errors.ts';
import { scalrHandlers } from './handlers.ts';
import { preferenceApplied } from './json-api.ts';
import { seedScalr } from './seed.ts';
import { openScalr, SCALR_TABLES } from './state.ts';

export const scalrApi = defineApi({
  name: 'scalr',
  title: 'Scalr IAM (IACP v3): users and account-users',
  jsonTypes: ['application/vnd.api+json', 'application/json'],
  bareContentType: true,
  strictQuery: true,
  seed: seedScalr,
  tables: SCALR_TABLES,
  open: openScalr,
  authenticate: authenticateScalr,
  renderError: renderScalrError,
  handlers: scalrHandlers,
  states: scalrStates,
  contracts: scalrContracts,
  responseHeaders: (request) => preferenceApplied(request.headers.prefer),
  headAsGet: true,
  *resources(data) {
    for (const row of data.users) yield { schema: '/components/schemas/User', value: row.user };
    for (const row of data.accountUsers)
      yield { schema: '/components/schemas/AccountUser', value: row.accountUser };
    for (const account of data.accounts)
      yield { schema: '/components/schemas/Account', value: account };
    for (const row of data.teams) yield { schema: '/components/schemas/Team', value: row.team };
    for (const idp of data.identityProviders)
      yield { schema: '/components/schemas/IdentityProvider', value: idp };
  },
  demo: {
    baseNote: 'official clients call it as https://<account>.scalr.io/api/iacp/v3/...',
    credentials:
      'Bearer facsimile-demo (every account); tk-scalr-demo-account-reader (read, demo-account only)',
  },
});
