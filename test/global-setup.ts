// Starts one throwaway Neo4j for the whole test run (unless NEO4J_URI is set), with schema and seed.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../src/db/connect';
import { ensureSchema } from '../src/db/schema';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j-local/process';

declare global {
  var __LOCAL_NEO4J__: LocalNeo4j | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const home = mkdtempSync(join(tmpdir(), 'slg-test-neo4j-'));
    // The tests' database, not the service's: on a busy two-core machine a cold JVM can take
    // minutes to start, and waiting beats failing the whole run.
    const neo = await startLocalNeo4j({
      home,
      port: 0,
      heapMb: 768,
      pageCacheMb: 128,
      startTimeoutMs: 600_000,
    });
    globalThis.__LOCAL_NEO4J__ = neo;
    process.env.NEO4J_URI = neo.uri;
    process.env.NEO4J_USERNAME = 'neo4j';
    process.env.NEO4J_PASSWORD = 'neo4j';
    process.env.SLG_TEST_NEO4J_HOME = home;
  }
  const conn = await connect({
    kind: 'external',
    uri: process.env.NEO4J_URI,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  });
  try {
    await ensureSchema(conn.db);
    if (existsSync(join(__dirname, '..', 'seed', 'load.ts'))) {
      const { loadSeed } = await import('../seed/load');
      await loadSeed(conn.db);
    }
  } finally {
    await conn.close();
  }
}
