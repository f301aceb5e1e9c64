// Unit tests: every setting is validated and a malformed one names the variable and the value.
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the bundled local Neo4j under .neo4j/ on port 7687', () => {
    const c = loadConfig({}, '/project');
    expect(c.port).toBe(4000);
    expect(c.neo4j).toMatchObject({ kind: 'local', port: 7687, home: '/project/.neo4j' });
    expect(c.seedOnStart).toBe(true);
    expect(c.dbStats).toBe(false);
    expect(c.maxDepth).toBe(10);
    expect(c.maxCost).toBe(100_000);
    expect(c.analyticsIndex).toBe(true);
    expect(c.analyticsRefreshMs).toBe(1000);
    expect(c.heapGrowingPercent).toBe(25);
  });

  it('reads API_HEAP_GROWING_PERCENT (0 leaves the heap to V8) and refuses malformed values', () => {
    expect(loadConfig({ API_HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(loadConfig({ API_HEAP_GROWING_PERCENT: '60' }).heapGrowingPercent).toBe(60);
    expect(() => loadConfig({ API_HEAP_GROWING_PERCENT: '1.5' })).toThrow(
      'API_HEAP_GROWING_PERCENT: expected an integer from 0 to 1000, got "1.5"',
    );
  });

  it('reads ANALYTICS_INDEX and ANALYTICS_REFRESH_MS, and refuses malformed values', () => {
    const c = loadConfig({ ANALYTICS_INDEX: 'off', ANALYTICS_REFRESH_MS: '250' });
    expect([c.analyticsIndex, c.analyticsRefreshMs]).toEqual([false, 250]);
    expect(() => loadConfig({ ANALYTICS_REFRESH_MS: '-1' })).toThrow(
      'ANALYTICS_REFRESH_MS: expected an integer from 0 to 3600000, got "-1"',
    );
    expect(() => loadConfig({ ANALYTICS_INDEX: 'maybe' })).toThrow(
      'ANALYTICS_INDEX: expected true/false (or 1/0), got "maybe"',
    );
  });

  it('turns introspection and the explorer off under NODE_ENV=production unless switched on', () => {
    expect(loadConfig({})).toMatchObject({ explorer: true, introspection: true });
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({
      explorer: false,
      introspection: false,
    });
    expect(
      loadConfig({ NODE_ENV: 'production', GRAPHQL_EXPLORER: 'on', GRAPHQL_INTROSPECTION: '1' }),
    ).toMatchObject({ explorer: true, introspection: true });
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(
      'GRAPHQL_INTROSPECTION: expected true/false (or 1/0), got "maybe"',
    );
  });

  it('uses an external Neo4j when NEO4J_URI is set, for each supported scheme', () => {
    for (const uri of [
      'bolt://db:7687',
      'neo4j://cluster:7687',
      'neo4j+s://x.databases.neo4j.io',
    ]) {
      const c = loadConfig({
        NEO4J_URI: uri,
        NEO4J_USERNAME: 'u',
        NEO4J_PASSWORD: 'p',
        NEO4J_DATABASE: 'd',
      });
      expect(c.neo4j).toEqual({
        kind: 'external',
        uri,
        username: 'u',
        password: 'p',
        database: 'd',
      });
    }
  });

  it('refuses a URI with an unknown scheme', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(
      'NEO4J_URI: expected a URI with scheme bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc, got "http://localhost:7474"',
    );
  });

  it('names the variable, the expectation and the value of a bad number', () => {
    expect(() => loadConfig({ NEO4J_LOCAL_PORT: 'seven' })).toThrow(
      new ConfigError('NEO4J_LOCAL_PORT: expected an integer from 1 to 65535, got "seven"'),
    );
    expect(() => loadConfig({ PORT: '-1' })).toThrow(
      'PORT: expected an integer from 0 to 65535, got "-1"',
    );
  });

  it('reads booleans and refuses anything else', () => {
    expect(loadConfig({ GRAPHQL_DB_STATS: '1' }).dbStats).toBe(true);
    expect(loadConfig({ SEED_ON_START: 'false' }).seedOnStart).toBe(false);
    expect(() => loadConfig({ GRAPHQL_DB_STATS: 'maybe' })).toThrow(
      'GRAPHQL_DB_STATS: expected true/false (or 1/0), got "maybe"',
    );
  });

  it('reads LOG_LEVEL: info by default, silent under Jest unless set, and refuses an unknown level', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
    );
  });
});

describe('loadConfig: auth', () => {
  it('reads are open and single sign-on is off by default', () => {
    expect(loadConfig({}).auth).toEqual({ reads: 'open', maxFailures: 10 });
  });

  it('takes the three single sign-on variables together, with default claims', () => {
    const env = {
      AUTH_READS: 'token',
      AUTH_JWKS_URL: 'https://login.example.org/.well-known/jwks.json',
      AUTH_ISSUER: 'https://login.example.org/',
      AUTH_AUDIENCE: 'slg',
    };
    expect(loadConfig(env).auth).toEqual({
      reads: 'token',
      maxFailures: 10,
      jwt: {
        jwksUrl: 'https://login.example.org/.well-known/jwks.json',
        issuer: 'https://login.example.org/',
        audience: 'slg',
        roleClaim: 'role',
        nameClaim: 'name',
      },
    });
  });

  it.each([
    [{ AUTH_READS: 'closed' }, 'AUTH_READS: expected open or token, got "closed"'],
    [
      { AUTH_MAX_FAILURES: '0' },
      'AUTH_MAX_FAILURES: expected an integer from 1 to 1000000, got "0"',
    ],
    [
      { AUTH_JWKS_URL: 'https://x.example/jwks' },
      'AUTH_ISSUER, AUTH_AUDIENCE: expected with AUTH_JWKS_URL (single sign-on needs all three), got nothing',
    ],
    [
      { AUTH_JWKS_URL: 'jwks.json', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' },
      'AUTH_JWKS_URL: expected an http(s) URL of a JSON Web Key Set, got "jwks.json"',
    ],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
