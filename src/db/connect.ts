// Opens the database for a process: the user's Neo4j (NEO4J_URI) or the bundled local one.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { loadConfig } from '../config';
import { logger } from '../shared/logger';
import { metrics } from '../shared/metrics';
import { superviseLocalNeo4j, type SupervisedNeo4j } from '../neo4j-local/supervisor';
import { Db } from './database';
import { ensureSchema } from './schema';

/** Connections the driver keeps at most (the `slg_neo4j_pool_max_connections` metric). */
const POOL_SIZE = 50;
metrics.poolMax.set(POOL_SIZE);

export interface Connection {
  db: Db;
  driver: Driver;
  /** Set when the project started its own Neo4j for this process (restarted if it exits). */
  local?: SupervisedNeo4j;
  /** Closes the driver, then stops the local Neo4j if one was started. */
  close(): Promise<void>;
}

/**
 * Creates the one driver of a process. Works for bolt://, neo4j:// and neo4j+s:// (Aura,
 * clusters). Tuned to fail fast: a failed transaction is not retried (the driver's first retry
 * waits about a second, which alone would break the 2 s answer promised for a stopped
 * database; `DbHealth` then fails later queries at once), a new connection must be up within
 * 3 s and a pooled one acquired within 5 s; the request deadline bounds everything else.
 */
export function createDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    userAgent: 'safeguarding-learning-graph',
    maxConnectionPoolSize: POOL_SIZE,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 0,
    disableLosslessIntegers: false,
  });
}

/**
 * Connects as configured: with NEO4J_URI set nothing local starts; otherwise the bundled Neo4j
 * starts (building its launcher on first use). Verifies connectivity before returning.
 */
export async function connect(
  config: Config['neo4j'],
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<Connection> {
  let local: SupervisedNeo4j | undefined;
  let driver: Driver;
  // Set once the driver is up; the supervisor's callbacks reach the health through it.
  const made: { db?: Db } = {};
  if (config.kind === 'local') {
    // While the bundled Neo4j restarts, queries fail at once (DATABASE_UNAVAILABLE) and /ready
    // answers 503; once it is ready again the driver reconnects on the same port.
    local = await superviseLocalNeo4j({
      home: config.home,
      port: config.port,
      heapMb: config.heapMb,
      pageCacheMb: config.pageCacheMb,
      startTimeoutMs: config.startTimeoutMs,
      log,
      onExit: (code) => {
        logger.error({ code }, 'local-neo4j: exited unexpectedly; restarting it');
        made.db?.health.markDown(`the bundled Neo4j exited (code ${code})`, false);
      },
      onRestarting: (attempt, delayMs) =>
        logger.warn({ attempt, delayMs }, 'local-neo4j: restart attempt after a delay'),
      onRestartFailed: (attempt, err) =>
        logger.error({ attempt, err }, 'local-neo4j: restart attempt failed; backing off'),
      onRestarted: (attempt, pid) => {
        metrics.localRestarts.inc();
        logger.warn({ attempt, pid }, 'local-neo4j: restarted');
        made.db?.health.startProbing();
      },
    });
    // Local Neo4j runs with auth disabled on loopback; the driver still sends a token.
    driver = createDriver(local.uri, 'neo4j', 'neo4j');
  } else {
    driver = createDriver(config.uri, config.username, config.password);
  }
  try {
    await driver.getServerInfo({ database: config.database });
  } catch (err) {
    await driver.close();
    await local?.stop();
    const where = config.kind === 'external' ? config.uri : local?.uri;
    throw new Error(`Could not reach Neo4j at ${where}: ${(err as Error).message}`);
  }
  const db = new Db(driver, config.database);
  made.db = db;
  return {
    db,
    driver,
    local,
    close: async () => {
      db.health.close();
      await driver.close();
      await local?.stop();
    },
  };
}

/**
 * For command-line tools: connects as configured, ensures constraints and indexes, runs `fn`, and
 * always disconnects. (A tool that needs the seed in an empty database calls seedIfEmpty itself.)
 */
export async function withDatabase<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const conn = await connect(config.neo4j);
  const stop = () => void conn.close().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await ensureSchema(conn.db);
    return await fn(conn.db);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await conn.close();
  }
}
