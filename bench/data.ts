// Starts a throwaway local Neo4j, loads the synthetic data into it and measures the import.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../src/db/connect';
import { Db } from '../src/db/database';
import { ensureSchema } from '../src/db/schema';
import { importFile } from '../src/modules/import/importer';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j-local/process';
import { generateSynthetic } from '../src/modules/synthetic/generate';

/** A running throwaway database; `stop()` closes the driver, stops Neo4j and deletes its home. */
export interface BenchDatabase {
  uri: string;
  driver: Driver;
  db: Db;
  pid: number;
  stop(): Promise<void>;
}

/** What loading the data took. Records = nodes + relationships written (the database was empty). */
export interface ImportResult {
  reviews: number;
  nodes: number;
  relationships: number;
  generateMs: number;
  importMs: number;
  recordsPerSecond: number;
  reviewsPerSecond: number;
}

/**
 * Starts Neo4j in a fresh temporary home, sized for `reviews` (default 10,000): a 1 GB heap and a
 * 512 MB page cache up to 20,000 reviews; beyond, 2 GB of heap and about 25 MB of page cache per
 * 1,000 reviews (the store's size), so that a large run reads its store from memory too.
 */
export async function startDatabase(
  log: (line: string) => void,
  reviews = 10_000,
): Promise<BenchDatabase> {
  const large = reviews > 20_000;
  const home = mkdtempSync(join(tmpdir(), 'slg-bench-'));
  let local: LocalNeo4j | undefined;
  try {
    // A shared machine can take minutes to start a JVM: wait up to 10 min rather than fail the run.
    local = await startLocalNeo4j({
      home,
      port: 0,
      heapMb: large ? 2048 : 1024,
      pageCacheMb: large ? Math.min(8192, Math.ceil(reviews / 1000) * 25) : 512,
      startTimeoutMs: 600_000,
      log,
    });
  } catch (err) {
    rmSync(home, { recursive: true, force: true });
    throw err;
  }
  const driver = createDriver(local.uri, 'neo4j', 'neo4j');
  const db = new Db(driver, 'neo4j');
  const running = local;
  return {
    uri: local.uri,
    driver,
    db,
    pid: local.pid,
    stop: async () => {
      await driver.close().catch(() => undefined);
      await running.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Generates `reviews` synthetic reviews from `seed`, imports them and counts what was written. */
/** Nodes and relationships in the database: the records an import into an empty one wrote. */
export async function graphSize(db: Db): Promise<{ nodes: number; relationships: number }> {
  const [counts = { nodes: 0, relationships: 0 }] = await db.read<{
    nodes: number;
    relationships: number;
  }>(
    'bench.counts',
    'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
  );
  return counts;
}

export async function loadData(
  bdb: Pick<BenchDatabase, 'db'>,
  reviews: number,
  seed: number,
  log: (line: string) => void,
): Promise<ImportResult> {
  await ensureSchema(bdb.db);
  const g0 = performance.now();
  const file = generateSynthetic({ reviews, seed });
  const generateMs = performance.now() - g0;
  log(`generated ${reviews} reviews in ${(generateMs / 1000).toFixed(1)} s; importing`);
  let lastPct = -1;
  const i0 = performance.now();
  await importFile(bdb.db, file, {
    onProgress: (done, total) => {
      const pct = Math.floor((done / total) * 10) * 10;
      if (pct !== lastPct) log(`  import ${pct}% (${done}/${total})`);
      lastPct = pct;
    },
  });
  const importMs = performance.now() - i0;
  await bdb.db.write('bench.awaitIndexes', 'CALL db.awaitIndexes(300)');
  const counts = await graphSize(bdb.db);
  const records = counts.nodes + counts.relationships;
  return {
    reviews,
    ...counts,
    generateMs: Math.round(generateMs),
    importMs: Math.round(importMs),
    recordsPerSecond: Math.round(records / (importMs / 1000)),
    reviewsPerSecond: Math.round(reviews / (importMs / 1000)),
  };
}
