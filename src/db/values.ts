// Converts Neo4j driver values (Integer, temporal types, nodes, lists, maps) into plain JS values.
import neo4j from 'neo4j-driver';

/** Recursively turns driver values into plain JSON-friendly JS values. Integers become numbers. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (
      neo4j.isDate(v as never) ||
      neo4j.isDateTime(v as never) ||
      neo4j.isLocalDateTime(v as never) ||
      neo4j.isLocalTime(v as never) ||
      neo4j.isTime(v as never) ||
      neo4j.isDuration(v as never)
    ) {
      return String(v);
    }
    if (neo4j.isNode(v as never) || neo4j.isRelationship(v as never)) {
      return toPlain((v as { properties: unknown }).properties);
    }
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v)) out[k] = toPlain(inner);
    return out;
  }
  return value;
}
