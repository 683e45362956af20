import { scalingoStates } from './states.ts';
import { defineApi } from '../../core/api/index.ts';
import { authenticateScalingo } from './auth.ts';
import { scalingoContracts } from './contracts.ts';
import { renderScalingoError } from './errors.ts';
import { scalingoHandlers } from './handlers.ts';
import { seedScalingo } from './seed.ts';
import { openScalingo, SCALINGO_TABLES } from './state.ts';
import { requestIdHeader } from './request-id.ts';

export const scalingoApi = defineApi({
  name: 'scalingo',
  title: 'Scalingo API v1: user account',
  seed: seedScalingo,
  tables: SCALINGO_TABLES,
  open: openScalingo,
  authenticate: authenticateScalingo,
  renderError: renderScalingoError,
  handlers: scalingoHandlers,
  states: scalingoStates,
  contracts: scalingoContracts,
  responseHeaders: requestIdHeader,
  headAsGet: true,
  // scalingo.js's dbaasApiClient() sends database requests to the regional API host.
  alsoServes: { api: 'scalingo-db', pathPrefix: '/api/' },
  *resources(data) {
    for (const account of data.accounts)
      yield { schema: '/components/schemas/User', value: account.user };
    for (const record of data.usage)
      yield { schema: '/components/schemas/AppUsage', value: record.usage };
  },
  demo: {
    baseNote: 'official clients call it as https://auth.scalingo.com/v1/...',
    credentials:
      'Bearer facsimile-demo (user doc-account); POST /v1/tokens/exchange with Basic :facsimile-demo',
  },
});
