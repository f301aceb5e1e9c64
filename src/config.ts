// The only reader of process.env: validates every setting and returns a typed Config.

/** Connection to a Neo4j that the user runs (Docker, Desktop, Aura, a cluster). */
export interface ExternalNeo4jConfig {
  kind: 'external';
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** The bundled Neo4j that the project starts itself from Maven Central artifacts. */
export interface LocalNeo4jConfig {
  kind: 'local';
  port: number;
  home: string;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutMs: number;
  database: string;
}

export interface Config {
  port: number;
  host: string;
  neo4j: ExternalNeo4jConfig | LocalNeo4jConfig;
  /** Load the Warwickshire seed at start-up when the database holds no reviews. */
  seedOnStart: boolean;
  /** Attach `extensions.db = { queries, ms }` to every GraphQL response. */
  dbStats: boolean;
  /** Serve the offline query explorer at GET /graphql (default: on unless NODE_ENV=production). */
  explorer: boolean;
  /** Answer introspection queries (default: on unless NODE_ENV=production). */
  introspection: boolean;
  /** Deepest field nesting an operation may have. */
  maxDepth: number;
  /** Deadline of every GraphQL request in milliseconds (TIMEOUT past it). */
  timeoutMs: number;
  /** Least severe log level written (pino levels, or `silent`). */
  logLevel: LogLevel;
  /** Most rows an operation may be estimated to fetch before it is refused. */
  maxCost: number;
  /** Who may read and write (AUTH_* variables). */
  auth: AuthSettings;
  /** Answer analytics from the in-process index (ANALYTICS_INDEX); false: from Cypher only. */
  analyticsIndex: boolean;
  /** Longest time the index may go without checking the data version (ANALYTICS_REFRESH_MS). */
  analyticsRefreshMs: number;
  /**
   * How far the JavaScript heap may grow past its live data before a full collection, in percent
   * (API_HEAP_GROWING_PERCENT); 0 leaves it to V8, which lets it grow up to 4 times.
   */
  heapGrowingPercent: number;
}

/** Default of API_HEAP_GROWING_PERCENT (see `tuneHeap`). */
export const DEFAULT_HEAP_GROWING_PERCENT = 25;

/** Authentication settings: whether reads need a credential, and single sign-on if configured. */
export interface AuthSettings {
  reads: 'open' | 'token';
  /** Failed sign-ins allowed per address per minute before HTTP 429 (default 10). */
  maxFailures?: number;
  jwt?: { jwksUrl: string; issuer: string; audience: string; roleClaim: string; nameClaim: string };
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A setting that is present but malformed. The message names the variable, expectation and value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function int(env: Env, key: string, dflt: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw.trim() === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${key}: expected an integer from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

function bool(env: Env, key: string, dflt: boolean): boolean {
  const raw = env[key];
  if (raw === undefined || raw.trim() === '') return dflt;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(`${key}: expected true/false (or 1/0), got "${raw}"`);
}

function logLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  // Under Jest (NODE_ENV=test) logs are off unless asked for, so test output stays readable.
  if (!raw) return env.NODE_ENV === 'test' ? 'silent' : 'info';
  const level = LOG_LEVELS.find((l) => l === raw);
  if (!level) {
    throw new ConfigError(
      `LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`,
    );
  }
  return level;
}

/**
 * The log level alone, for the logger, which exists before the rest of the configuration is
 * read: a malformed LOG_LEVEL falls back to `info` here and stops start-up in loadConfig().
 */
export function initialLogLevel(env: Env = process.env): LogLevel {
  try {
    return logLevel(env);
  } catch {
    return 'info';
  }
}

function authSettings(env: Env): AuthSettings {
  const reads = (env.AUTH_READS?.trim() || 'open').toLowerCase();
  if (reads !== 'open' && reads !== 'token') {
    throw new ConfigError(`AUTH_READS: expected open or token, got "${env.AUTH_READS}"`);
  }
  const sso = ['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE'] as const;
  const set = sso.filter((k) => env[k]?.trim());
  const maxFailures = int(env, 'AUTH_MAX_FAILURES', 10, 1, 1_000_000);
  if (set.length === 0) return { reads, maxFailures };
  if (set.length < sso.length) {
    const missing = sso.filter((k) => !set.includes(k));
    throw new ConfigError(
      `${missing.join(', ')}: expected with ${set.join(', ')} (single sign-on needs all three), got nothing`,
    );
  }
  const jwksUrl = env.AUTH_JWKS_URL?.trim() ?? '';
  if (!/^https?:\/\/\S+$/.test(jwksUrl)) {
    throw new ConfigError(
      `AUTH_JWKS_URL: expected an http(s) URL of a JSON Web Key Set, got "${jwksUrl}"`,
    );
  }
  return {
    reads,
    maxFailures,
    jwt: {
      jwksUrl,
      issuer: env.AUTH_ISSUER?.trim() ?? '',
      audience: env.AUTH_AUDIENCE?.trim() ?? '',
      roleClaim: env.AUTH_ROLE_CLAIM?.trim() || 'role',
      nameClaim: env.AUTH_NAME_CLAIM?.trim() || 'name',
    },
  };
}

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const database = env.NEO4J_DATABASE?.trim() || 'neo4j';
  let neo4jConfig: Config['neo4j'];
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    const scheme = uri.split('://')[0] ?? '';
    if (!uri.includes('://') || !URI_SCHEMES.includes(scheme)) {
      throw new ConfigError(
        `NEO4J_URI: expected a URI with scheme ${URI_SCHEMES.join(', ')}, got "${uri}"`,
      );
    }
    neo4jConfig = {
      kind: 'external',
      uri,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database,
    };
  } else {
    const home = env.NEO4J_LOCAL_HOME?.trim() || '.neo4j';
    neo4jConfig = {
      kind: 'local',
      port: int(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
      home: home.startsWith('/') ? home : `${cwd}/${home}`,
      heapMb: int(env, 'NEO4J_LOCAL_HEAP_MB', 512, 128, 65536),
      pageCacheMb: int(env, 'NEO4J_LOCAL_PAGECACHE_MB', 128, 16, 65536),
      startTimeoutMs: int(env, 'NEO4J_LOCAL_START_TIMEOUT_MS', 120_000, 1000, 3_600_000),
      database: 'neo4j',
    };
  }
  // Production mode: the schema is not advertised unless switched on.
  const production = env.NODE_ENV?.trim() === 'production';
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    neo4j: neo4jConfig,
    seedOnStart: bool(env, 'SEED_ON_START', true),
    dbStats: bool(env, 'GRAPHQL_DB_STATS', false),
    explorer: bool(env, 'GRAPHQL_EXPLORER', !production),
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', !production),
    maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 100),
    timeoutMs: int(env, 'GRAPHQL_TIMEOUT_MS', 10_000, 100, 3_600_000),
    logLevel: logLevel(env),
    auth: authSettings(env),
    maxCost: int(env, 'GRAPHQL_MAX_COST', 100_000, 1, 1_000_000_000),
    analyticsIndex: bool(env, 'ANALYTICS_INDEX', true),
    analyticsRefreshMs: int(env, 'ANALYTICS_REFRESH_MS', 1000, 0, 3_600_000),
    heapGrowingPercent: int(env, 'API_HEAP_GROWING_PERCENT', DEFAULT_HEAP_GROWING_PERCENT, 0, 1000),
  };
}
