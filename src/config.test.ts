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
