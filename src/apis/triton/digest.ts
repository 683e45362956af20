import { createHash } from 'node:crypto';
import { type RequestView, ApiError } from '../../core/api/index.ts';

/** restify 4's bodyReader: a body whose Content-MD5 does not match is 400 BadDigest. */
export function checkContentMd5(raw: Buffer, request: RequestView): void {
  const sent = request.headers['content-md5'];
  if (sent === undefined) return;
  const digest = createHash('md5').update(raw).digest('base64');
  if (sent !== digest) {
    throw new ApiError({
      kind: 'invalid',
      code: 'BadDigest',
      message: `Content-MD5 '${String(sent)}' didn't match '${digest}'`,
    });
  }
}
