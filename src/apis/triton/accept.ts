import { ApiError } from '../../core/api/index.ts';

/** restify 4's formatters (json, text, binary, jsonp), by their q: what `acceptParser` lists. */
export const ACCEPTABLE = [
  'application/json',
  'text/plain',
  'application/octet-stream',
  'application/javascript',
];

/**
 * restify's `acceptParser(server.acceptable)`, CloudAPI's first handler: an `Accept` that
 * admits none of the formatters' types (`text/html`) is 406. A range with `q=0` admits nothing.
 */
export function assertAcceptable(accept: string | undefined): void {
  if (accept === undefined || accept.trim() === '') return;
  const admitted = accept.split(',').some((range) => {
    const [type = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    if (parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter))) return false;
    const [major, minor] = type.split('/');
    return ACCEPTABLE.some((candidate) => {
      const [candidateMajor, candidateMinor] = candidate.split('/');
      return (
        (major === '*' || major === candidateMajor) && (minor === '*' || minor === candidateMinor)
      );
    });
  });
  if (!admitted) throw new ApiError({ kind: 'notAcceptable', message: 'not acceptable' });
}
