// The test run's database: one shared driver to the Neo4j that global setup started (or NEO4J_URI).
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/connect';
import { Db } from '../../src/db/database';

let driver: Driver | undefined;

/** A Db on the test Neo4j; call closeTestDb() in afterAll. */
export function openTestDb(): Db {
  const uri = process.env.NEO4J_URI;
  if (!uri)
    throw new Error('NEO4J_URI is not set: run tests through jest (global setup starts Neo4j)');
  driver ??= createDriver(
    uri,
    process.env.NEO4J_USERNAME ?? 'neo4j',
    process.env.NEO4J_PASSWORD ?? 'neo4j',
  );
  return new Db(driver, process.env.NEO4J_DATABASE ?? 'neo4j');
}

/** Closes the shared test driver. */
export async function closeTestDb(): Promise<void> {
  await driver?.close();
  driver = undefined;
}

/** Node and relationship counts of the whole database, to prove a refused write changed nothing. */
export async function graphCounts(db: Db): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>(
    'test.counts',
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row ?? { nodes: 0, relationships: 0 };
}
