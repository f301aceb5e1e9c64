// A canonical fingerprint of a whole graph: counts plus a hash of every node's and relationship's properties.
import { createHash } from 'node:crypto';
import type { Db } from '../../src/db/database';

/** Counts and a SHA-256 over every node (labels, properties) and relationship (type, ends, properties). */
export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  hash: string;
}

/** JSON with object keys sorted at every level, so equal values print equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What is not the graph's data: the data version (a write counter), the audit trail, API tokens. */
const NOT_DATA = ['DataVersion', 'Change', 'ApiToken'];

/**
 * Fingerprints the graph's data, leaving out `NOT_DATA` nodes and the `version` edit counters
 * (neither is exported; ADR 0012). Relationships are identified by type and their ends' ids,
 * since internal ids differ between databases.
 */
export async function graphFingerprint(db: Db): Promise<GraphFingerprint> {
  const data = (v: string) => `NONE(l IN labels(${v}) WHERE l IN $notData)`;
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    'test.fingerprint.nodes',
    `MATCH (n) WHERE ${data('n')} RETURN labels(n) AS labels, properties(n) AS props`,
    { notData: NOT_DATA },
  );
  const rels = await db.read<{ type: string; from: string; to: string; props: unknown }>(
    'test.fingerprint.relationships',
    `MATCH (a)-[r]->(b) WHERE ${data('a')} AND ${data('b')}
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
    { notData: NOT_DATA },
  );
  const lines = [
    ...nodes.map(({ labels, props: { version: _version, ...props } }) => {
      return `N ${canonical([...labels].sort())} ${canonical(props)}`;
    }),
    ...rels.map((r) => `R ${r.type} ${r.from} ${r.to} ${canonical(r.props)}`),
  ].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return { nodes: nodes.length, relationships: rels.length, hash: hash.digest('hex') };
}
