// All Cypher of the export: every record of the import format with its links, and the graph's census.
import type { ReadTx } from '../../db/database';
import { DATA_VERSION_LABEL } from '../../db/data-version';
import { Label, Rel } from '../../db/schema';

/** A link as read: the id of the node at its other end and the relationship's properties. */
export interface LinkRow {
  id: string;
  props: Record<string, unknown>;
}

/** One exported record as read: its node's properties plus named link lists or owned records. */
export type RecordRow = Record<string, unknown> & { props: Record<string, unknown> };

/** `[{id, props}]` of the relationships matched by `pattern` (which binds `r` and `m`). */
const links = (pattern: string) => `[${pattern} | {id: m.id, props: properties(r)}]`;
/** The SOURCED_FROM links of the node bound to `n`. */
const cited = (n = 'n') => links(`(${n})-[r:${Rel.SOURCED_FROM}]->(m:${Label.Source})`);

/** The read of each kind of record, in import order; columns other than `props` are link lists. */
export const EXPORT_QUERIES = {
  sources: `MATCH (n:${Label.Source}) RETURN properties(n) AS props ORDER BY n.id`,
  taxonomies: `MATCH (n:${Label.Taxonomy}) RETURN properties(n) AS props, ${cited()} AS sources ORDER BY n.id`,
  taxonomyCategories: `MATCH (n:${Label.TaxonomyCategory})
    RETURN properties(n) AS props,
      ${links(`(m:${Label.Taxonomy})-[r:${Rel.HAS_CATEGORY}]->(n)`)} AS taxonomy,
      ${cited()} AS sources
    ORDER BY [(t:${Label.Taxonomy})-[:${Rel.HAS_CATEGORY}]->(n) | t.id][0], n.position, n.id`,
  agencies: `MATCH (n:${Label.Agency}) RETURN properties(n) AS props, ${cited()} AS sources ORDER BY n.id`,
  themes: `MATCH (n:${Label.Theme})
    RETURN properties(n) AS props,
      ${links(`(n)-[r:${Rel.MAPS_TO}]->(m:${Label.TaxonomyCategory})`)} AS mappings,
      ${cited()} AS sources
    ORDER BY n.id`,
  partnerships: `MATCH (n:${Label.Partnership})
    RETURN properties(n) AS props,
      ${links(`(n)-[r:${Rel.HAS_STATUTORY_PARTNER}]->(m:${Label.Agency})`)} AS statutoryPartners,
      ${links(`(n)-[r:${Rel.STATES_THEME}]->(m:${Label.Theme})`)} AS themes,
      ${cited()} AS sources
    ORDER BY n.id`,
  documents: `MATCH (n:${Label.Document})
    RETURN properties(n) AS props,
      ${links(`(n)-[r:${Rel.ON_THEME}]->(m:${Label.Theme})`)} AS theme,
      ${cited()} AS sources
    ORDER BY n.id`,
  reviews: reviewsQuery(''),
} as const;

/** One review (`$id`) as the export reads it: what `reviewRecord` converts. */
export const REVIEW_BY_ID = reviewsQuery(' {id: $id}');

/** The read of reviews (`match` narrows the review node's pattern) with all they hold and link to. */
function reviewsQuery(match: string): string {
  return `MATCH (n:${Label.Review}${match})
    RETURN properties(n) AS props,
      ${links(`(m:${Label.Partnership})-[r:${Rel.PUBLISHED}]->(n)`)} AS partnership,
      [(n)-[:${Rel.CONCERNS}]->(c:${Label.Child}) | properties(c)] AS children,
      ${links(`(n)-[r:${Rel.INVOLVED}]->(m:${Label.Agency})`)} AS agencies,
      [(n)-[:${Rel.INVOLVED_SECTOR}]->(s:${Label.SectorInvolvement}) | properties(s)] AS sectors,
      ${links(`(n)-[r:${Rel.HAS_DOCUMENT}]->(m:${Label.Document})`)} AS documents,
      [(n)-[:${Rel.MENTIONS_DOCUMENT}]->(u:${Label.UnlistedDocument}) | properties(u)] AS unlistedDocuments,
      ${links(`(n)-[r:${Rel.RAISES}]->(m:${Label.Theme})`)} AS themes,
      [(n)-[:${Rel.MAKES}]->(q:${Label.Recommendation}) | {
        props: properties(q),
        agencies: ${links(`(q)-[r:${Rel.ADDRESSED_TO}]->(m:${Label.Agency})`)},
        themes: ${links(`(q)-[r:${Rel.ADDRESSES}]->(m:${Label.Theme})`)},
        ownerAgencies: ${links(`(q)-[r:${Rel.OWNED_BY}]->(m:${Label.Agency})`)},
        ownerPartnerships: ${links(`(q)-[r:${Rel.OWNED_BY}]->(m:${Label.Partnership})`)},
        history: [(q)-[:${Rel.HAS_STATUS_CHANGE}]->(c:${Label.StatusChange}) | {
          props: properties(c), sources: ${cited('c')}
        }],
        sources: ${cited('q')}
      }] AS recommendations,
      [(n)-[:${Rel.HAS_FINDING}]->(f:${Label.Finding}) | {
        props: properties(f),
        themes: ${links(`(f)-[r:${Rel.ABOUT}]->(m:${Label.Theme})`)},
        sources: ${cited('f')}
      }] AS findings,
      ${cited()} AS sources
    ORDER BY n.id`;
}

export type ExportKind = keyof typeof EXPORT_QUERIES;

/** The kinds in the order of the import format's file. */
export const EXPORT_KINDS = Object.keys(EXPORT_QUERIES) as ExportKind[];

/** Per label: how many nodes, and every property key any of them has. */
export interface LabelCensus {
  nodes: number;
  keys: string[];
}

/** The graph's labels (bookkeeping excluded) with their node counts and keys, and its relationship types. */
export async function graphCensus(
  tx: ReadTx,
): Promise<{ labels: Map<string, LabelCensus>; types: Set<string> }> {
  const labels = await tx.run<{ label: string; nodes: number; keys: string[] }>(
    'export.census.labels',
    `MATCH (n) WHERE NOT n:${DATA_VERSION_LABEL}
     UNWIND labels(n) AS label
     WITH label, count(*) AS nodes, collect(keys(n)) AS keyLists
     RETURN label, nodes, reduce(all = [], ks IN keyLists | all + [k IN ks WHERE NOT k IN all]) AS keys`,
  );
  const types = await tx.run<{ type: string }>(
    'export.census.types',
    'MATCH ()-[r]->() RETURN DISTINCT type(r) AS type',
  );
  return {
    labels: new Map(labels.map((r) => [r.label, { nodes: r.nodes, keys: r.keys }])),
    types: new Set(types.map((r) => r.type)),
  };
}
