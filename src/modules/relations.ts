// A relation's Cypher, defined once: loader batch queries and prefetch subqueries are built from it.
import type { Db } from '../db/database';
import { loaderFamily, manyLoader, type KeyedItem, type KeyedItems } from '../shared/loader-utils';

/** What to fetch of each item: its selected properties (null: all), and nested lists by field. */
export interface Projection {
  fields: readonly string[] | null;
  lists: Readonly<Record<string, Projection>>;
}

/** Every property, no nested list: what the loaders fetch. */
export const ALL: Projection = { fields: null, lists: {} };

/**
 * The items a field reaches from a node, in the field's order. The loader of the field (keyed by
 * the source node's id) and the lookahead prefetch (a `COLLECT {}` inside the parent's query) are
 * both built from it by `collectCypher`, so they give the same items in the same order.
 */
export interface Relation {
  /** MATCH pattern (optionally with WHERE) from the source variable `v` to the item variable. */
  match: (v: string) => string;
  /** The item variable of the pattern. */
  as: string;
  /** Variables to keep for ordering and `extra` (default: the item variable). */
  carry?: string;
  /** ORDER BY expressions over the kept variables; they make the order total. */
  orderBy: string;
  /** Entries every item gets besides its properties, from the source `v` and the kept variables. */
  extra?: (v: string) => Readonly<Record<string, string>>;
  /** Properties the item type's resolvers read whatever is selected (besides `id`). */
  needs?: readonly string[];
  /** Lists of the item that a prefetch may nest, by field name. */
  lists?: Readonly<Record<string, Relation>>;
  /** The first item only (a single-valued field), null when there is none. */
  one?: boolean;
}

/**
 * The map projection of node variable `x`: the selected properties (all with `.*`; always `id` and
 * `needs`), the `extra` entries, and each selected list that `lists` defines as a `COLLECT {}`.
 */
export function projectCypher(
  x: string,
  p: Projection,
  lists: Readonly<Record<string, Relation>> = {},
  extra: Readonly<Record<string, string>> = {},
  needs: readonly string[] = [],
): string {
  const fields =
    p.fields === null
      ? ['.*']
      : [...new Set(['id', ...needs, ...p.fields])]
          .filter((f) => !(f in extra) && !(f in lists))
          .map((f) => `.${f}`);
  const parts = [...fields, ...Object.entries(extra).map(([k, e]) => `${k}: ${e}`)];
  for (const [name, sub] of Object.entries(p.lists)) {
    const rel = lists[name];
    if (rel) parts.push(`${name}: ${collectCypher(rel, x, sub)}`);
  }
  return `${x} {${parts.join(', ')}}`;
}

/**
 * `COLLECT { … }` of the relation's items from source variable `v`, ordered and projected by `p`
 * (`[0]` of it for a one-item relation); `limit` (a Cypher expression) keeps the first items only.
 */
export function collectCypher(
  rel: Relation,
  v: string,
  p: Projection = ALL,
  limit?: string,
): string {
  const top = limit ? ` LIMIT toInteger(${limit})` : '';
  const body = `MATCH ${rel.match(v)} WITH ${rel.carry ?? rel.as} ORDER BY ${rel.orderBy}${top}
      RETURN ${projectCypher(rel.as, p, rel.lists, rel.extra?.(v), rel.needs)}`;
  return `COLLECT { ${body} }${rel.one ? '[0]' : ''}`;
}

/** Options of a batch query: extra parameters, and an item limit per key (a Cypher expression). */
export interface BatchOptions {
  params?: Record<string, unknown>;
  limit?: string;
}

/** The batch function of a list loader: `rel`'s items per id of a `label` node, one query per batch. */
export function listBatch<T>(
  db: Db,
  name: string,
  label: string,
  rel: Relation,
  opts: BatchOptions = {},
): (ids: string[]) => Promise<KeyedItems<T>[]> {
  const cypher = `UNWIND $ids AS key MATCH (n:${label} {id: key})
     RETURN key, ${collectCypher(rel, 'n', ALL, opts.limit)} AS items`;
  return (ids) => db.read(name, cypher, { ...opts.params, ids });
}

/** The batch function of a one-item loader over a `one` relation. */
export function oneBatch<T>(
  db: Db,
  name: string,
  label: string,
  rel: Relation,
): (ids: string[]) => Promise<KeyedItem<T>[]> {
  const cypher = `UNWIND $ids AS key MATCH (n:${label} {id: key})
     RETURN key, ${collectCypher(rel, 'n')} AS item`;
  return (ids) => db.read(name, cypher, { ids });
}

/** The batch function of a by-id loader of `label` nodes (all their properties). */
export function nodeBatch<T>(
  db: Db,
  name: string,
  label: string,
): (ids: string[]) => Promise<KeyedItem<T>[]> {
  const cypher = `UNWIND $ids AS key MATCH (n:${label} {id: key}) RETURN key, n {.*} AS item`;
  return (ids) => db.read(name, cypher, { ids });
}

/**
 * A family of list loaders, one per page size `first`: each loads the first `first` items of
 * `rel` per id of a `label` node (a top-k per key), one query per batch.
 */
export function firstLoaders<T>(db: Db, name: string, label: string, rel: Relation) {
  return loaderFamily((first: number) =>
    manyLoader(listBatch<T>(db, name, label, rel, { limit: '$first', params: { first } })),
  );
}

/** The batch function of a loader of how many items `rel` reaches per id of a `label` node. */
export function countBatch(
  db: Db,
  name: string,
  label: string,
  rel: Relation,
): (ids: string[]) => Promise<KeyedItem<number>[]> {
  const cypher = `UNWIND $ids AS key MATCH (n:${label} {id: key})
     RETURN key, COUNT { MATCH ${rel.match('n')} RETURN DISTINCT ${rel.as} } AS item`;
  return (ids) => db.read(name, cypher, { ids });
}
