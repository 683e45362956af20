import { defineApi } from '../../core/api/index.ts';
import { authenticateScalingoDb } from './auth.ts';
import { scalingoDbContracts } from './contracts.ts';
import { renderScalingoDbError } from './errors.ts';
import { scalingoDbHandlers } from './handlers.ts';
import { seedScalingoDb } from './seed.ts';
import { openScalingoDb, SCALINGO_DB_TABLES } from './state.ts';
import { scalingoDbStates } from './states.ts';
import { requestIdHeader } from '../scalingo/request-id.ts';

export const scalingoDbApi = defineApi({
  name: 'scalingo-db',
  title: 'Scalingo Database API: database users',
  seed: seedScalingoDb,
  tables: SCALINGO_DB_TABLES,
  open: openScalingoDb,
  authenticate: authenticateScalingoDb,
  renderError: renderScalingoDbError,
  handlers: scalingoDbHandlers,
  states: scalingoDbStates,
  contracts: scalingoDbContracts,
  *resources(data) {
    for (const row of data.users)
      yield { schema: '/components/schemas/DatabaseUser', value: row.user };
  },
  responseHeaders: requestIdHeader,
  demo: {
    baseNote: 'official clients call it as https://db-api.osc-fr1.scalingo.com/api/databases/...',
    credentials:
      'Bearer facsimile-demo (every database, e.g. my-db-123); Bearer facsimile-addon-my-db-123 (my-db-123 only); the JWT and addon tokens the Scalingo API issues',
  },
});
