// Credentials for tests: API tokens stored in the test database, and a key set (JWKS) served by
// the test itself with JWTs signed by its key or by others.
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../../src/db/database';
import type { Role } from '../../src/modules/auth';
import { createApiToken, revokeApiToken } from '../../src/modules/auth/auth.repository';
import { newToken } from '../../src/modules/auth/tokens';

/** Stores a new API token and returns its id and the bearer header that carries it. */
export async function testToken(
  db: Db,
  name: string,
  role: Role,
): Promise<{ id: string; token: string; header: { authorization: string } }> {
  const t = newToken();
  await createApiToken(db, { id: t.id, name, role, hash: t.hash });
  return { id: t.id, token: t.token, header: { authorization: `Bearer ${t.token}` } };
}

/** Revokes a test token (tokens are kept, revoked, as the CLI keeps them). */
export async function revokeTestToken(db: Db, id: string): Promise<void> {
  await revokeApiToken(db, id);
}

/** The identity provider of the tests: a JWKS endpoint on a free port and a signer. */
export interface TestIdentityProvider {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** A JWT signed with the published key (kid "test-key-1") unless told otherwise. */
  sign(
    claims: Record<string, unknown>,
    opts?: {
      expiresIn?: string;
      issuer?: string;
      audience?: string;
      kid?: string;
      key?: 'published' | 'other';
    },
  ): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the test identity provider: one published RS256 key, and one that is never published. */
export async function startIdentityProvider(): Promise<TestIdentityProvider> {
  const published = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const jwk: JWK = {
    ...(await exportJWK(published.publicKey)),
    kid: 'test-key-1',
    alg: 'RS256',
    use: 'sig',
  };
  const server: Server = createServer((req, res) => {
    if (req.url === '/jwks.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}/`;
  const audience = 'safeguarding-learning-graph-test';
  return {
    jwksUrl: `${base}/jwks.json`,
    issuer,
    audience,
    sign: (claims, opts = {}) => {
      const key: KeyLike = opts.key === 'other' ? other.privateKey : published.privateKey;
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? 'test-key-1' })
        .setIssuedAt()
        .setIssuer(opts.issuer ?? issuer)
        .setAudience(opts.audience ?? audience)
        .setExpirationTime(opts.expiresIn ?? '5m')
        .sign(key);
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** An unsigned JWT (`alg: none`) with the given claims. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}
