// Process entry: config -> local Neo4j if needed -> driver -> schema -> seed -> server; clean shutdown.
import { ConfigError, loadConfig } from './config';
import { seedIfEmpty } from '../seed/load';
import { connect, type Connection } from './db/connect';
import { ensureSchema } from './db/schema';
import { LocalNeo4jError } from './neo4j-local/errors';
import { createServer, type RunningServer } from './server';
import { tuneHeap } from './shared/heap';
import { logger } from './shared/logger';

const log = (line: string) => logger.info(line);

async function main(): Promise<void> {
  const t0 = Date.now();
  const config = loadConfig();
  logger.level = config.logLevel;
  tuneHeap(config.heapGrowingPercent);
  // Filled in as start-up proceeds, so that a signal at any point stops what has started.
  const running: { conn?: Connection; server?: RunningServer } = {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    const step = async (what: string, fn: () => Promise<void> | undefined) => {
      const t = Date.now();
      try {
        await fn();
        logger.info({ ms: Date.now() - t }, `${what}: done`);
      } catch (err) {
        logger.error({ err }, `${what}: failed`);
      }
    };
    await step('HTTP drained and closed', () => running.server?.stop());
    await step('driver closed, local Neo4j stopped', () => running.conn?.close());
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const conn = await connect(config.neo4j, log);
  running.conn = conn;
  await ensureSchema(conn.db);
  const summary = config.seedOnStart ? await seedIfEmpty(conn.db) : null;
  if (summary) logger.info({ summary }, 'seed: loaded the taxonomies and partnerships');
  const server = await createServer({
    db: conn.db,
    port: config.port,
    host: config.host,
    dbStats: config.dbStats,
    explorer: config.explorer,
    introspection: config.introspection,
    maxDepth: config.maxDepth,
    auth: config.auth,
    timeoutMs: config.timeoutMs,
    maxCost: config.maxCost,
    analyticsIndex: config.analyticsIndex && { refreshMs: config.analyticsRefreshMs },
  });
  running.server = server;
  log(
    `GraphQL ready at ${server.url} in ${((Date.now() - t0) / 1000).toFixed(1)}s (health: /health, readiness: /ready)`,
  );
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof LocalNeo4jError) {
    logger.fatal(`Cannot start: ${err.message}`);
  } else {
    logger.fatal({ err }, `Cannot start: ${(err as Error).message}`);
  }
  process.exit(1);
});
