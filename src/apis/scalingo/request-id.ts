import { randomUUID } from 'node:crypto';
import type { RequestView } from '../../core/api/index.ts';

/** go-scalingo logs X-Request-Id on both APIs: echo the client's X-Request-ID, or make one up. */
export function requestIdHeader(request: RequestView): Record<string, string> {
  const sent = request.headers['x-request-id'];
  return { 'X-Request-Id': (Array.isArray(sent) ? sent[0] : sent) || randomUUID() };
}
