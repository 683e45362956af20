import { reply, type Handler, ApiError } from '../../core/api/index.ts';
import type { ScalingoPrincipal } from './auth.ts';
import type { ScalingoState } from './state.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DATE_MESSAGE = 'must be a date in the form YYYY-MM-DD';

export const getAccountUsage: Handler<ScalingoState, ScalingoPrincipal> = ({
  state,
  principal,
  query,
}) => {
  const from = dateParameter('from', query.from);
  const to = dateParameter('to', query.to);
  if (from && to && from > to) {
    throw new ApiError({
      kind: 'invalid',
      message: 'to must be later than from',
      issues: [
        {
          location: 'query',
          pointer: '/to',
          message: 'must be later than from',
          keyword: 'formatMinimum',
        },
      ],
    });
  }
  const owner = principal.account.user.id;
  const usage = state.usage
    .group('owner', owner)
    .filter((record) => (!from || record.date >= from) && (!to || record.date <= to))
    .map((record) => record.usage);
  return reply(200, { usage });
};

/** The spec's pattern admits `2020-13-01`; a real calendar date is checked here. */
function dateParameter(name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  const match = DATE.exec(String(value));
  const date = match ? new Date(`${match[0]}T00:00:00Z`) : null;
  if (
    !match ||
    !date ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== match[0]
  ) {
    throw new ApiError({
      kind: 'invalid',
      message: `${name} is not a valid date`,
      issues: [{ location: 'query', pointer: `/${name}`, message: DATE_MESSAGE }],
    });
  }
  return match[0];
}
