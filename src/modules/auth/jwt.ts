// Single sign-on: verifies a bearer JWT against the organisation's key set (JWKS) with jose.
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { Role } from './auth.model';
import { parseRole } from './auth.model';

export interface JwtConfig {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** Claim holding the role (READER, ANALYST or ADMIN); a missing claim means READER. */
  roleClaim: string;
  /** Claim holding the person's name; falls back to `email`, then `sub`. */
  nameClaim: string;
}

export interface JwtIdentity {
  name: string;
  role: Role;
  subject: string;
}

/** Why a JWT was refused, for the log: never the token itself. */
export class JwtRefused extends Error {
  override name = 'JwtRefused';
}

/** Only signed tokens with asymmetric algorithms: `alg: none` and HMAC never verify. */
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'EdDSA',
];

/**
 * Returns a verifier: signature against the key set (fetched on first use, cached, refetched for
 * an unknown key id at most every 30 s), issuer, audience, expiry and not-before (30 s leeway).
 */
export function createJwtVerifier(config: JwtConfig): (token: string) => Promise<JwtIdentity> {
  const keys = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000 });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
      }));
    } catch (err) {
      throw new JwtRefused((err as { code?: string }).code ?? (err as Error).name);
    }
    const claimed = payload[config.roleClaim];
    const role = claimed === undefined ? 'READER' : parseRole(claimed);
    if (!role) throw new JwtRefused(`claim ${config.roleClaim} is not a role`);
    const name = [payload[config.nameClaim], payload.email, payload.sub].find(
      (v): v is string => typeof v === 'string' && v.trim() !== '',
    );
    return { name: name ?? 'unknown', role, subject: payload.sub ?? '' };
  };
}
