// HTTP tests of authentication: API tokens, single sign-on JWTs against a key set served here,
// closed reads (AUTH_READS=token), and the slowing of repeated failures (HTTP 429).
import type { Db } from '../../src/db/database';
import {
  revokeTestToken,
  startIdentityProvider,
  testToken,
  unsignedJwt,
  type TestIdentityProvider,
} from '../helpers/auth';
import { closeTestDb, openTestDb } from '../helpers/db';
import { runCliAsync } from '../helpers/process';
import { post, startTestServer, type TestServer } from '../helpers/server';

const VIEWER = '{ viewer { name role } }';

let db: Db;
let idp: TestIdentityProvider;
let open: TestServer; // AUTH_READS=open, single sign-on on
let closed: TestServer; // AUTH_READS=token
beforeAll(async () => {
  db = openTestDb();
  idp = await startIdentityProvider();
  const jwt = {
    jwksUrl: idp.jwksUrl,
    issuer: idp.issuer,
    audience: idp.audience,
    roleClaim: 'role',
    nameClaim: 'name',
  };
  // Generous failure allowance here: the refusal tests below fail on purpose many times.
  open = await startTestServer({ auth: { reads: 'open', maxFailures: 1000, jwt } });
  closed = await startTestServer({ auth: { reads: 'token' } });
});
afterAll(async () => {
  await open.stop();
  await closed.stop();
  await idp.stop();
  await closeTestDb();
});

const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });

describe('API tokens', () => {
  it('answers an anonymous read with no viewer, and a token with its name and role', async () => {
    expect((await post(open.url, VIEWER)).data).toEqual({ viewer: null });
    const t = await testToken(db, 'Jo Bloggs', 'ANALYST');
    const res = await post(open.url, VIEWER, {}, t.header);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ viewer: { name: 'Jo Bloggs', role: 'ANALYST' } });
  });

  it('refuses a revoked token, a wrong secret and a malformed header, never echoing them', async () => {
    const t = await testToken(db, 'Revoked Person', 'ADMIN');
    await revokeTestToken(db, t.id);
    const forged = t.token.slice(0, -4) + (t.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const header of [
      t.header,
      bearer(forged),
      { authorization: t.token },
      bearer('nonsense'),
    ]) {
      const res = await post(open.url, VIEWER, {}, header);
      expect(res.status).toBe(401);
      expect(res.data).toBeUndefined();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(res)).not.toContain(t.token.slice(4));
    }
  });

  it('creates, lists and revokes tokens from the command line; the token alone on stdout', async () => {
    const created = await runCliAsync(
      'src/modules/auth/cli.ts',
      'create',
      '--name',
      'Cli Person',
      '--role',
      'READER',
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^slg_[a-f0-9]{16}_[A-Za-z0-9_-]{43}\n$/);
    const token = created.stdout.trim();
    const id = token.slice(4, 20);
    expect(created.stderr).toContain(`Created token ${id} for Cli Person (READER)`);
    expect(created.stderr).not.toContain(token);
    expect((await post(open.url, VIEWER, {}, bearer(token))).data).toEqual({
      viewer: { name: 'Cli Person', role: 'READER' },
    });

    const listed = await runCliAsync('src/modules/auth/cli.ts', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      new RegExp(`^${id}\\tREADER\\tCli Person\\tcreated \\S+\\tlive$`, 'm'),
    );
    expect(listed.stdout).not.toContain(token.slice(21));

    const revoked = await runCliAsync('src/modules/auth/cli.ts', 'revoke', id);
    expect(revoked.code).toBe(0);
    expect((await post(open.url, VIEWER, {}, bearer(token))).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await runCliAsync('src/modules/auth/cli.ts', 'list')).stdout).toMatch(
      new RegExp(`^${id}\\tREADER\\tCli Person\\tcreated \\S+\\trevoked \\S+$`, 'm'),
    );
  });

  it('exits 2 with the usage on a misspelt flag', async () => {
    const res = await runCliAsync(
      'src/modules/auth/cli.ts',
      'create',
      '--name',
      'X',
      '--rol',
      'ADMIN',
    );
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain("Unknown option '--rol'");
    expect(res.stderr).toContain('usage: npm run token -- create');
  });
});

describe('single sign-on', () => {
  it('accepts a JWT signed by the published key, with name and role from its claims', async () => {
    const jwt = await idp.sign({ sub: 'u-1', name: 'Sam Analyst', role: 'ANALYST' });
    expect((await post(open.url, VIEWER, {}, bearer(jwt))).data).toEqual({
      viewer: { name: 'Sam Analyst', role: 'ANALYST' },
    });
  });

  it.each([
    ['signed by another key', () => idp.sign({ sub: 'u', role: 'ADMIN' }, { key: 'other' })],
    [
      'unsigned (alg none)',
      async () =>
        unsignedJwt({
          sub: 'u',
          role: 'ADMIN',
          iss: idp.issuer,
          aud: idp.audience,
          exp: Math.floor(Date.now() / 1000) + 300,
        }),
    ],
    ['expired', () => idp.sign({ sub: 'u', role: 'ADMIN' }, { expiresIn: '-5m' })],
    [
      'for another audience',
      () => idp.sign({ sub: 'u', role: 'ADMIN' }, { audience: 'another-api' }),
    ],
    [
      'from another issuer',
      () => idp.sign({ sub: 'u', role: 'ADMIN' }, { issuer: 'https://evil.example/' }),
    ],
    ['with an unknown key id', () => idp.sign({ sub: 'u', role: 'ADMIN' }, { kid: 'test-key-9' })],
    ['with a role that is not one', () => idp.sign({ sub: 'u', role: 'SUPERUSER' })],
  ])('refuses a JWT %s', async (_what, make) => {
    const res = await post(open.url, VIEWER, {}, bearer(await make()));
    expect(res.status).toBe(401);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('AUTH_READS=token', () => {
  it('refuses an anonymous read and answers one with a token', async () => {
    const anon = await post(closed.url, '{ reviews(first: 1) { totalCount } }');
    expect(anon.status).toBe(401);
    expect(anon.data).toBeUndefined();
    expect(anon.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const t = await testToken(db, 'Reader Person', 'READER');
    const ok = await post<{ reviews: { totalCount: number } }>(
      closed.url,
      '{ reviews(first: 1) { totalCount } }',
      {},
      t.header,
    );
    // The same answer as an open server gives anyone: the seed's reviews (more than none).
    const open_ = await post<{ reviews: { totalCount: number } }>(
      open.url,
      '{ reviews(first: 1) { totalCount } }',
    );
    expect(ok.status).toBe(200);
    expect(ok.data).toEqual(open_.data);
    expect(ok.data?.reviews.totalCount).toBeGreaterThan(0);
  });

  it('refuses a JWT when single sign-on is not configured', async () => {
    const jwt = await idp.sign({ sub: 'u-1', name: 'Sam', role: 'ADMIN' });
    expect((await post(closed.url, VIEWER, {}, bearer(jwt))).status).toBe(401);
  });
});

describe('repeated failures', () => {
  it('slows an address after AUTH_MAX_FAILURES (3 here) failures in a minute with 429, even for a good token', async () => {
    // Its own failure counts, so other tests are not slowed.
    const server = await startTestServer({ auth: { reads: 'open', maxFailures: 3 } });
    try {
      const good = await testToken(db, 'Good Person', 'READER');
      for (let i = 0; i < 3; i += 1) {
        expect((await post(server.url, VIEWER, {}, bearer('slg_wrong'))).status).toBe(401);
      }
      for (const header of [bearer('slg_wrong'), good.header]) {
        const res = await post(server.url, VIEWER, {}, header);
        expect(res.status).toBe(429);
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_REQUESTS']);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      // Anonymous reads are not credentials: they are still answered.
      expect((await post(server.url, VIEWER)).data).toEqual({ viewer: null });
    } finally {
      await server.stop();
    }
  });
});
