// API token values: how they are made, split and checked. Only a hash of the secret is stored.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every API token starts with this, so it is recognisable (and never mistaken for a JWT). */
export const TOKEN_PREFIX = 'slg_';

const FORM = /^slg_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;

/** A new token: its public id, the full value to hand over once, and the hash to store. */
export function newToken(): { id: string; token: string; hash: string } {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `${TOKEN_PREFIX}${id}_${secret}`, hash: hashSecret(secret) };
}

/** SHA-256 of a secret, hex. The secret has 256 random bits, so no slow hash is needed. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Splits a token into its id and secret; null when it is not of our form. */
export function splitToken(token: string): { id: string; secret: string } | null {
  const m = FORM.exec(token);
  return m?.[1] && m[2] ? { id: m[1], secret: m[2] } : null;
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
