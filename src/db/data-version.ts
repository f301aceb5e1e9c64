// The graph's data version: one counter that every write transaction advances, so that a cache
// of the graph (the analytics index) can tell with one tiny read whether anything changed.
import type { Db, Tx } from './database';

/** Label of the single node holding the data version. */
export const DATA_VERSION_LABEL = 'DataVersion';

/** Uniqueness on the version node's id, so concurrent first writes cannot create two. */
export const DATA_VERSION_CONSTRAINT = `CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:${DATA_VERSION_LABEL}) REQUIRE n.id IS UNIQUE`;

/**
 * Cypher that advances the data version by one. Run it inside every write transaction that
 * changes what the API reads (import, seed, curation mutations), so the change and the new
 * version commit together. It locks the one version node until commit: writers serialise on it.
 */
export const BUMP_DATA_VERSION = `MERGE (v:${DATA_VERSION_LABEL} {id: 'graph'})
  SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()`;

/**
 * Advances the data version inside the write transaction `tx` (see `BUMP_DATA_VERSION`) and
 * returns the new version (which orders the transaction among all writes).
 */
export async function bumpDataVersion(tx: Tx): Promise<number> {
  const [row] = await tx.run<{ version: number }>(
    'dataVersion.bump',
    `${BUMP_DATA_VERSION} RETURN v.version AS version`,
  );
  return row?.version ?? 0;
}

/** The current data version: 0 before the first counted write. */
export async function readDataVersion(db: Db): Promise<number> {
  const rows = await db.read<{ version: number | null }>(
    'dataVersion.read',
    `OPTIONAL MATCH (v:${DATA_VERSION_LABEL} {id: 'graph'}) RETURN v.version AS version`,
  );
  return rows[0]?.version ?? 0;
}
