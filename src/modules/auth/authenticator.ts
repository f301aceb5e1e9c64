// Turns the `Authorization: Bearer` header into a viewer: an API token, a single sign-on JWT, or
// nobody. Failed attempts are counted per address and slowed (HTTP 429) when they repeat.
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Db } from '../../db/database';
import type { Viewer } from './auth.model';
import { findLiveApiToken } from './auth.repository';
import { createJwtVerifier, type JwtConfig, type JwtIdentity } from './jwt';
import { FailureThrottle } from './throttle';
import { secretMatches, splitToken, TOKEN_PREFIX } from './tokens';

export interface AuthConfig {
  /** `open`: anonymous callers may read; `token`: every request needs a credential. */
  reads: 'open' | 'token';
  /** Single sign-on; unset: only API tokens are accepted. */
  jwt?: JwtConfig;
  /** Failed attempts allowed per address per window before 429 (default 10 per minute). */
  maxFailures?: number;
}

/** An UNAUTHENTICATED error (HTTP 401). The message never repeats the credential. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** A FORBIDDEN error: the caller is known but their role is too low. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

const BEARER = /^Bearer ([^\s]+)$/i;

/** One per process: holds the failure counts and the cached key set. */
export class Authenticator {
  readonly readsOpen: boolean;
  private readonly throttle: FailureThrottle;
  private readonly verifyJwt?: (token: string) => Promise<JwtIdentity>;

  constructor(config: AuthConfig) {
    this.readsOpen = config.reads === 'open';
    this.throttle = new FailureThrottle({
      maxFailures: config.maxFailures ?? 10,
      windowMs: 60_000,
    });
    if (config.jwt) this.verifyJwt = createJwtVerifier(config.jwt);
  }

  /**
   * The viewer named by an `Authorization` header value; null without one. Throws
   * UNAUTHENTICATED for a malformed, unknown, revoked, expired or badly signed credential, and
   * TOO_MANY_REQUESTS (HTTP 429) while the address has failed too often.
   */
  async authenticate(db: Db, header: string | undefined, address: string): Promise<Viewer | null> {
    if (header === undefined || header.trim() === '') return null;
    const wait = this.throttle.retryAfter(address);
    if (wait > 0) {
      throw new GraphQLError(
        `Too many failed sign-in attempts from this address; try again in ${wait} s.`,
        {
          extensions: {
            code: 'TOO_MANY_REQUESTS',
            http: { status: 429, headers: new HeaderMap([['retry-after', String(wait)]]) },
          },
        },
      );
    }
    const viewer = await this.check(db, header.trim());
    if (!viewer) {
      this.throttle.fail(address);
      throw unauthenticated(
        'Authorization: expected "Bearer <API token or single sign-on token>" with a valid, unrevoked, unexpired credential.',
      );
    }
    return viewer;
  }

  private async check(db: Db, header: string): Promise<Viewer | null> {
    const credential = BEARER.exec(header)?.[1];
    if (!credential) return null;
    if (credential.startsWith(TOKEN_PREFIX)) {
      const parts = splitToken(credential);
      if (!parts) return null;
      const stored = await findLiveApiToken(db, parts.id);
      if (!stored || !secretMatches(parts.secret, stored.hash)) return null;
      return { name: stored.name, role: stored.role, via: 'token', subject: parts.id };
    }
    if (!this.verifyJwt) return null;
    try {
      const who = await this.verifyJwt(credential);
      return { name: who.name, role: who.role, via: 'jwt', subject: who.subject };
    } catch {
      return null;
    }
  }
}
