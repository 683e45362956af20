import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Digests are `salt$sha256`: no response, dump or log can reveal an API password. */
export function digestPassword(password: string, salt = randomBytes(8).toString('hex')): string {
  return `${salt}$${createHash('sha256').update(`${salt}:${password}`).digest('base64url')}`;
}

export function passwordMatches(digest: string, password: string): boolean {
  const [salt = ''] = digest.split('$', 1);
  const expected = Buffer.from(digest);
  const actual = Buffer.from(digestPassword(password, salt));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A credential pair shaped like the controller's (`4c7d2e9a1b3f` / `SecureRandom.urlsafe_base64`). */
export function generateApiCredential(): { username: string; password: string } {
  return {
    username: randomBytes(6).toString('hex'),
    password: randomBytes(15).toString('base64url'),
  };
}
