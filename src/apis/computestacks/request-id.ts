import { randomUUID } from 'node:crypto';
import type { RequestView } from '../../core/api/index.ts';

/**
 * ActionDispatch::RequestId, in every Rails app's middleware: the client's `X-Request-Id`
 * stripped to word characters, `-` and `@` and cut at 255, or a new UUID when that leaves none.
 */
export function railsRequestId(request: RequestView): Record<string, string> {
  const sent = request.headers['x-request-id'];
  const cleaned = (Array.isArray(sent) ? sent[0] : sent)?.replace(/[^\w\-@]/g, '').slice(0, 255);
  return { 'X-Request-Id': cleaned || randomUUID() };
}
