// All Cypher of the importer: batched UNWIND upserts and link-set replacement, named and parameterised.
import type { Db, Tx } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { ExistingIds } from './format-rules';
import type { RecordKind } from './import-format';

export type LabelName = (typeof Label)[keyof typeof Label];
type RelName = (typeof Rel)[keyof typeof Rel];

/**
 * Prefix of every import statement: keep a cached plan while the import changes the statistics
 * it was planned on. Every statement reaches its nodes by id through a uniqueness constraint's
 * index, so a fresh plan would be the same one, and replanning mid-import costs seconds.
 */
const NO_REPLAN = 'CYPHER replan=skip ';

// The stale links of a record are listed by expanding from the record itself to an unlabelled far
// end (`[(n)-[o:REL]->() | o]`), then filtered. Written with the far end's label and id in the
// pattern, the planner may instead scan every node of that label and expand into the record,
// once per row: thousands of times the work once the label holds many nodes.

/** A property value as stored: the importer writes only these. */
export type Value = string | number | boolean | null | readonly string[];
export type Props = Readonly<Record<string, Value>>;

/** A node to upsert: its id and every property it has (null removes one). */
export interface NodeRow {
  id: string;
  props: Props;
}
/** A record's whole set of links of one type: target ids with the link's properties. */
export interface LinksRow {
  id: string;
  links: readonly NodeRow[];
}
/** A review's whole set of owned nodes of one type (children or recommendations). */
export interface OwnedRow {
  id: string;
  items: readonly NodeRow[];
}
/** A review with the partnership that published it. */
export interface ReviewRow extends NodeRow {
  partnershipId: string;
}

/** One named parameterised statement run once per batch with `$rows`, each row a `R`. */
export interface Statement<R> {
  name: string;
  cypher: string;
  /** Phantom: ties the statement to its row type; never set. */
  readonly row?: R;
}

/** Upsert by id: `rows` are `{ id, props }`; props carry every property (null removes). */
export function upsert(label: LabelName): Statement<NodeRow> {
  return {
    name: `import.upsert.${label}`,
    cypher: `${NO_REPLAN}UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`,
  };
}

/**
 * Replaces a record's whole set of `rel` links: rows are `{ id, links: [{ id, props }] }`; links no
 * longer listed are deleted, listed ones merged and their properties set (so an edited file
 * updates in place and an unchanged one changes nothing).
 */
export function replaceLinks(from: LabelName, rel: RelName, to: LabelName): Statement<LinksRow> {
  return {
    name: `import.links.${from}.${rel}.${to}`,
    cypher: `${NO_REPLAN}UNWIND $rows AS row
      MATCH (n:${from} {id: row.id})
      WITH n, row, [old IN [(n)-[o:${rel}]->() | o] WHERE endNode(old):${to} AND NOT endNode(old).id IN [l IN row.links | l.id]] AS stale
      FOREACH (old IN stale | DELETE old)
      WITH n, row
      CALL (n, row) {
        UNWIND row.links AS l
        MATCH (m:${to} {id: l.id})
        MERGE (n)-[r:${rel}]->(m)
        SET r = l.props
      }`,
  };
}

/**
 * Like `replaceLinks`, for relationships of which a record may have several to the same target,
 * told apart by the property `key` (e.g. a review's RAISES links, one per kind of evidence): a
 * link is kept when its (target, key) pair is still listed, and merged on that pair.
 */
export function replaceKeyedLinks(
  from: LabelName,
  rel: RelName,
  to: LabelName,
  key: 'evidence',
): Statement<LinksRow> {
  return {
    name: `import.keyedLinks.${from}.${rel}.${to}`,
    cypher: `${NO_REPLAN}UNWIND $rows AS row
      MATCH (n:${from} {id: row.id})
      WITH n, row, [l IN row.links | l.id + ' ' + l.props.${key}] AS wanted
      WITH n, row, [old IN [(n)-[o:${rel}]->() | o] WHERE endNode(old):${to} AND NOT endNode(old).id + ' ' + coalesce(old.${key}, '') IN wanted] AS stale
      FOREACH (old IN stale | DELETE old)
      WITH n, row
      CALL (n, row) {
        UNWIND row.links AS l
        MATCH (m:${to} {id: l.id})
        MERGE (n)-[r:${rel} {${key}: l.props.${key}}]->(m)
        SET r = l.props
      }`,
  };
}

/** A record and the one record it belongs to (e.g. a taxonomy category and its taxonomy). */
export interface ParentRow {
  id: string;
  parentId: string;
}

/**
 * Sets the one `(parent)-[rel]->(record)` link of each record: rows are `{ id, parentId }`; a link
 * from any other parent is deleted, so a record moved to another parent moves.
 */
export function setParent(parent: LabelName, rel: RelName, child: LabelName): Statement<ParentRow> {
  return {
    name: `import.parent.${parent}.${rel}.${child}`,
    cypher: `${NO_REPLAN}UNWIND $rows AS row
      MATCH (c:${child} {id: row.id}), (p:${parent} {id: row.parentId})
      MERGE (p)-[:${rel}]->(c)
      WITH c, p, [old IN [(c)<-[o:${rel}]-() | o] WHERE startNode(old):${parent} AND startNode(old) <> p] AS stale
      FOREACH (old IN stale | DELETE old)`,
  };
}

/** Reviews with their partnership: `{ id, partnershipId, props }`; a moved review loses its old PUBLISHED. */
export const upsertReviews: Statement<ReviewRow> = {
  name: 'import.reviews',
  cypher: `${NO_REPLAN}UNWIND $rows AS row
    MERGE (r:${Label.Review} {id: row.id}) SET r += row.props
    WITH r, row
    MATCH (p:${Label.Partnership} {id: row.partnershipId})
    MERGE (p)-[:${Rel.PUBLISHED}]->(r)
    WITH r, p, [old IN [(r)<-[o:${Rel.PUBLISHED}]-() | o] WHERE startNode(old):${Label.Partnership} AND startNode(old) <> p] AS stale
    FOREACH (old IN stale | DELETE old)`,
};

/**
 * Replaces nodes an owner holds (a review's children, recommendations and findings, a
 * recommendation's status changes): `{ id, items: [{ id, props }] }`. Owned nodes no longer listed
 * are deleted with their links (and with the nodes they own in turn through `cascade`); listed
 * ones are merged and updated.
 */
export function replaceOwned(
  rel: RelName,
  label: LabelName,
  owner: LabelName = Label.Review,
  cascade?: { rel: RelName; label: LabelName },
): Statement<OwnedRow> {
  const dropOwned = cascade
    ? `FOREACH (c IN [x IN stale | [(x)-[:${cascade.rel}]->(c:${cascade.label}) | c]] | FOREACH (n IN c | DETACH DELETE n))`
    : '';
  return {
    name: `import.owned.${owner}.${rel}.${label}`,
    cypher: `${NO_REPLAN}UNWIND $rows AS row
      MATCH (r:${owner} {id: row.id})
      WITH r, row, [x IN [(r)-[:${rel}]->(x) | x] WHERE x:${label} AND NOT x.id IN [i IN row.items | i.id]] AS stale
      ${dropOwned}
      FOREACH (x IN stale | DETACH DELETE x)
      WITH r, row
      CALL (r, row) {
        UNWIND row.items AS i
        MERGE (x:${label} {id: i.id}) SET x += i.props
        MERGE (r)-[:${rel}]->(x)
      }`,
  };
}

/**
 * What a record the database does not hold is created with, in one statement: its node, the one
 * record it belongs to (`parent`: a link from an existing node, by the row's `parentId`), its links
 * to existing records, and the nodes it owns, created with it and described the same way (a
 * review's recommendations with their links and status changes, and so on).
 *
 * Such a record has no links or owned nodes to compare with, so every write is a plain CREATE:
 * several times cheaper than MERGE with the stale-set bookkeeping of the `replace…` statements,
 * and each created node is bound where it is created instead of being sought again by id for
 * each kind of link. A record created by another import after the importer's look-up makes the
 * CREATE fail on the uniqueness constraint, so nothing is duplicated (the importer retries).
 */
export interface CreateShape {
  label: LabelName;
  parent?: { rel: RelName; from: LabelName };
  /** Links to existing records: the row's `links[k]` holds the targets of `links[k]`. */
  links?: readonly { rel: RelName; to: LabelName }[];
  /** Nodes created with the record: the row's `owned[k]` holds the rows of `owned[k]`. */
  owned?: readonly { rel: RelName; shape: CreateShape }[];
}

/** A record to create, shaped by a `CreateShape`: link targets and owned rows in its order. */
export interface TreeRow {
  id: string;
  props: Props;
  parentId?: string;
  links: readonly (readonly NodeRow[])[];
  owned: readonly (readonly TreeRow[])[];
}

/**
 * Creates records the database does not hold, with their links and owned nodes: `rows` are
 * `TreeRow`s of `shape`. Each link and owned node is written in a subquery on the node just
 * created (an empty list writes and reads nothing), so the only look-ups by id are of the
 * existing records linked to. Properties are written by name, the names being those the rows
 * carry (every row of a kind carries the same ones, nulls included, so the text and its cached
 * plan are the same for every batch): a `SET n += map` would make the planner buffer every row
 * between each write and the next look-up (Eager), not knowing which properties the map holds.
 *
 * The rows are sent as lists, not maps (`[id, …property values, …link lists, …owned lists,
 * parentId]`, a link `[id, …property values]`, in the order of the names above): a map would
 * send every property's name with every record, and encoding those strings was most of the
 * client's work. Returns the statement and the rows in that form.
 */
export function createTree(
  shape: CreateShape,
  rows: readonly TreeRow[],
): { statement: Statement<readonly unknown[]>; rows: unknown[][] } {
  const layout = layoutOf(shape, rows);
  const top = layout.props.length + 1 + layout.links.length + layout.owned.length;
  const head = shape.parent
    ? `MATCH (p:${shape.parent.from} {id: row[${top}]})
    CREATE (p)-[:${shape.parent.rel}]->(n0:${shape.label} ${propMap('row', layout.props)})`
    : `CREATE (n0:${shape.label} ${propMap('row', layout.props)})`;
  return {
    statement: {
      name: `import.create.${shape.label}`,
      cypher: `${NO_REPLAN}UNWIND $rows AS row
    ${head}${treeBody(shape, layout, 'n0', 'row', 0)}`,
    },
    rows: rows.map((row) => {
      const out = encode(layout, row);
      if (shape.parent) out.push(row.parentId ?? null);
      return out;
    }),
  };
}

/** The property names of a level of a tree (sorted), of each kind of link, and of each owned kind. */
interface Layout {
  props: string[];
  links: { props: string[]; used: boolean }[];
  owned: (Layout & { used: boolean })[];
}
function namesOf(rows: readonly { props: Props }[]): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row.props)) names.add(k);
  return [...names].sort();
}
function layoutOf(shape: CreateShape, rows: readonly TreeRow[]): Layout {
  return {
    props: namesOf(rows),
    links: (shape.links ?? []).map((_, k) => {
      const targets = rows.flatMap((row) => row.links[k] ?? []);
      return { props: namesOf(targets), used: targets.length > 0 };
    }),
    owned: (shape.owned ?? []).map(({ shape: inner }, k) => {
      const items = rows.flatMap((row) => row.owned[k] ?? []);
      return { ...layoutOf(inner, items), used: items.length > 0 };
    }),
  };
}
function encode(layout: Layout, row: TreeRow): unknown[] {
  return [
    row.id,
    ...layout.props.map((k) => row.props[k] ?? null),
    ...layout.links.map((l, k) =>
      (row.links[k] ?? []).map((t) => [t.id, ...l.props.map((p) => t.props[p] ?? null)]),
    ),
    ...layout.owned.map((o, k) => (row.owned[k] ?? []).map((item) => encode(o, item))),
  ];
}

/** `{id: r[0], a: r[1], …}`: the node's id and its properties by position. */
function propMap(r: string, names: readonly string[], id = true): string {
  const entries = names.map((k, j) => `\`${k}\`: ${r}[${j + 1}]`);
  return `{${[...(id ? [`id: ${r}[0]`] : []), ...entries].join(', ')}}`;
}

/** The subqueries writing the links and owned nodes of node `n`, created from row `r` at `depth`. */
function treeBody(shape: CreateShape, layout: Layout, n: string, r: string, depth: number): string {
  const pad = `\n${'  '.repeat(depth + 2)}`;
  const base = 1 + layout.props.length;
  const links = (shape.links ?? []).map(({ rel, to }, k) => {
    const l = layout.links[k]!;
    if (!l.used) return '';
    const props = propMap('l', l.props, false);
    return `${pad}CALL (${n}, ${r}) { UNWIND ${r}[${base + k}] AS l MATCH (m:${to} {id: l[0]}) CREATE (${n})-[:${rel}${props === '{}' ? '' : ` ${props}`}]->(m) }`;
  });
  const owned = (shape.owned ?? []).map(({ rel, shape: inner }, k) => {
    const o = layout.owned[k]!;
    if (!o.used) return '';
    const [n1, r1] = [`n${depth + 1}`, `r${depth + 1}`];
    return `${pad}CALL (${n}, ${r}) {${pad}  UNWIND ${r}[${base + layout.links.length + k}] AS ${r1}${pad}  CREATE (${n})-[:${rel}]->(${n1}:${inner.label} ${propMap(r1, o.props)})${treeBody(inner, o, n1, r1, depth + 1)}${pad}}`;
  });
  const calls = [...links, ...owned].filter((c) => c !== '');
  // Cypher wants a WITH between the CREATE that writes the node and a subquery.
  return calls.length === 0 ? '' : `${pad}WITH ${n}, ${r}${calls.join('')}`;
}

/** Which of `ids` the database holds as `label` nodes, read inside the import's transaction. */
export async function existingIn(
  tx: Tx,
  label: LabelName,
  ids: readonly string[],
): Promise<Set<string>> {
  const [row] = await tx.run<{ ids: string[] }>(
    `import.existing.${label}`,
    `${NO_REPLAN}UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN collect(id) AS ids`,
    { ids },
  );
  return new Set(row?.ids ?? []);
}

const LABEL_OF: Record<RecordKind, LabelName> = {
  reviews: Label.Review,
  partnerships: Label.Partnership,
  agencies: Label.Agency,
  themes: Label.Theme,
  taxonomies: Label.Taxonomy,
  taxonomyCategories: Label.TaxonomyCategory,
  sources: Label.Source,
  documents: Label.Document,
};

/** Which of the given ids already exist in the database, per kind. */
export async function lookupExisting(
  db: Db,
  wanted: ReadonlyMap<RecordKind, readonly string[]>,
): Promise<ExistingIds> {
  const out: ExistingIds = {};
  for (const [kind, ids] of wanted) {
    const rows = await db.read<{ ids: string[] }>(
      `import.existing.${kind}`,
      `UNWIND $ids AS id MATCH (n:${LABEL_OF[kind]} {id: id}) RETURN collect(n.id) AS ids`,
      { ids: [...new Set(ids)] },
    );
    out[kind] = new Set(rows[0]?.ids ?? []);
  }
  return out;
}
