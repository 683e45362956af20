import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Passwords are kept only as `salt$digest` (salted SHA-256): no response, dump or log can leak one. */
export function hashPassword(password: string, salt = randomBytes(8).toString('hex')): string {
  return `${salt}$${createHash('sha256').update(`${salt}:${password}`).digest('base64url')}`;
}

export function checkPassword(stored: string | null, password: string): boolean {
  if (!stored) return false;
  const [salt = ''] = stored.split('$', 1);
  const expected = Buffer.from(stored);
  const actual = Buffer.from(hashPassword(password, salt));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
