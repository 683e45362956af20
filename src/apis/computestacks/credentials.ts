import { randomBytes } from 'node:crypto';

/** A credential pair shaped like the controller's (`4c7d2e9a1b3f` / `SecureRandom.urlsafe_base64`). */
export function generateApiCredential(): { username: string; password: string } {
  return {
    username: randomBytes(6).toString('hex'),
    password: randomBytes(15).toString('base64url'),
  };
}
