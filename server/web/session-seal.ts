import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Seals API keys at rest in the sessions database, under the server's session secret(s). */
export interface KeySealer {
  seal(key: string): string;
  /** The key, and whether it was sealed under an older secret (re-seal it); null when no secret opens it. */
  open(sealed: string): { key: string; stale: boolean } | null;
}

const VERSION = 'v1';

/**
 * AES-256-GCM with a fresh 96-bit nonce per seal. `secrets[0]` seals; every secret opens, so a
 * secret can be rotated by putting the new one first and dropping the old one later. Each secret is
 * hashed to a 256-bit key, so any long random string will do.
 */
export function createKeySealer(secrets: readonly string[]): KeySealer {
  if (secrets.length === 0) throw new Error('At least one session secret is needed.');
  const keys = secrets.map((secret) => createHash('sha256').update(`brandkit-session-key\0${secret}`, 'utf8').digest());
  // A short id of the secret that sealed a value lets open() try the right one first.
  const ids = keys.map((key) => createHash('sha256').update(key).digest('base64url').slice(0, 8));

  return {
    seal(plain) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keys[0]!, nonce);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, ids[0], nonce.toString('base64url'), body.toString('base64url'), tag.toString('base64url')].join('.');
    },
    open(sealed) {
      const [version, id, nonce, body, tag] = sealed.split('.');
      if (version !== VERSION || !id || !nonce || body === undefined || !tag) return null;
      const at = ids.indexOf(id);
      if (at === -1) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', keys[at]!, Buffer.from(nonce, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        const key = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
        return { key, stale: at !== 0 };
      } catch {
        // A tampered row: the tag does not verify.
        return null;
      }
    },
  };
}
