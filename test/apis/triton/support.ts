import { createSign, generateKeyPairSync, sign } from 'node:crypto';
import sshpk from 'sshpk';

export interface TestKey {
  /** The private key, PEM. */
  privatePem: string;
  /** The public key, an OpenSSH line. */
  publicLine: string;
  /** MD5 fingerprint, hex with colons, as node-triton puts it in keyId. */
  fingerprint: string;
  type: 'rsa' | 'ed25519';
}

export function makeKey(type: 'rsa' | 'ed25519' = 'rsa'): TestKey {
  const pair =
    type === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ed25519');
  const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const key = sshpk.parseKey(publicPem, 'pem');
  return {
    privatePem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicLine: `${key.toString('ssh')} test@facsimile`,
    fingerprint: key.fingerprint('md5').toString('hex'),
    type,
  };
}

/** Signs like node-triton: `(request-target)` and `date`, keyId /<account>/keys/<md5 fp>. */
export function signedHeaders(
  method: string,
  path: string,
  key: TestKey,
  keyId = `/demo/keys/${key.fingerprint}`,
): Record<string, string> {
  const date = new Date().toUTCString();
  const text = `(request-target): ${method.toLowerCase()} ${path}\ndate: ${date}`;
  const signature =
    key.type === 'rsa'
      ? createSign('RSA-SHA256').update(text).sign(key.privatePem, 'base64')
      : sign(null, Buffer.from(text), key.privatePem).toString('base64');
  const algorithm = key.type === 'rsa' ? 'rsa-sha256' : 'ed25519-sha512';
  return {
    date,
    authorization: `Signature keyId="${keyId}",algorithm="${algorithm}",headers="(request-target) date",signature="${signature}"`,
  };
}
