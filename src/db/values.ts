// Converts Neo4j driver values (Integer, temporal types, nodes, lists, maps) into plain JS values.
import neo4j from 'neo4j-driver';

/** Recursively turns driver values into plain JSON-friendly JS values. Integers become numbers. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if (
      neo4j.isDate(value) ||
      neo4j.isDateTime(value) ||
      neo4j.isLocalDateTime(value) ||
      neo4j.isLocalTime(value) ||
      neo4j.isTime(value) ||
      neo4j.isDuration(value)
    ) {
      return String(value);
    }
    if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(value)) out[k] = toPlain(inner);
    return out;
  }
  return value;
}
