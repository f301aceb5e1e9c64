// Labels, relationship types and the constraints and indexes of the graph (see docs/graph-model.md).
import type { Db } from './database';
import { DATA_VERSION_CONSTRAINT } from './data-version';

export const Label = {
  Partnership: 'Partnership',
  Review: 'Review',
  Child: 'Child',
  Agency: 'Agency',
  Document: 'Document',
  Theme: 'Theme',
  Taxonomy: 'Taxonomy',
  TaxonomyCategory: 'TaxonomyCategory',
  UnlistedDocument: 'UnlistedDocument',
  SectorInvolvement: 'SectorInvolvement',
  Recommendation: 'Recommendation',
  Source: 'Source',
  ApiToken: 'ApiToken',
  Change: 'Change',
  Finding: 'Finding',
  StatusChange: 'StatusChange',
} as const;

export const Rel = {
  PUBLISHED: 'PUBLISHED',
  HAS_STATUTORY_PARTNER: 'HAS_STATUTORY_PARTNER',
  CONCERNS: 'CONCERNS',
  INVOLVED: 'INVOLVED',
  HAS_DOCUMENT: 'HAS_DOCUMENT',
  ON_THEME: 'ON_THEME',
  RAISES: 'RAISES',
  STATES_THEME: 'STATES_THEME',
  HAS_CATEGORY: 'HAS_CATEGORY',
  MAPS_TO: 'MAPS_TO',
  MENTIONS_DOCUMENT: 'MENTIONS_DOCUMENT',
  INVOLVED_SECTOR: 'INVOLVED_SECTOR',
  MAKES: 'MAKES',
  ADDRESSED_TO: 'ADDRESSED_TO',
  ADDRESSES: 'ADDRESSES',
  SOURCED_FROM: 'SOURCED_FROM',
  HAS_FINDING: 'HAS_FINDING',
  ABOUT: 'ABOUT',
  OWNED_BY: 'OWNED_BY',
  HAS_STATUS_CHANGE: 'HAS_STATUS_CHANGE',
} as const;

/** Name of the full-text index over titles, summaries, theme names and aliases, recommendation and finding text. */
export const FULLTEXT_INDEX = 'learning_fulltext';
/** The labels and properties the full-text index covers. */
const FULLTEXT_LABELS: readonly string[] = [
  Label.Review,
  Label.Theme,
  Label.Document,
  Label.Recommendation,
  Label.Finding,
];
const FULLTEXT_PROPERTIES: readonly string[] = ['title', 'summary', 'name', 'aliasText', 'text'];

/** Idempotent DDL: uniqueness constraints on every id, indexes for every API filter, full-text. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...Object.values(Label).map(
    (l) =>
      `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`,
  ),
  DATA_VERSION_CONSTRAINT,
  'CREATE INDEX review_kind IF NOT EXISTS FOR (r:Review) ON (r.kind)',
  'CREATE INDEX review_published_sort IF NOT EXISTS FOR (r:Review) ON (r.publishedSort)',
  'CREATE INDEX review_published_year IF NOT EXISTS FOR (r:Review) ON (r.publishedYear)',
  'CREATE INDEX review_title IF NOT EXISTS FOR (r:Review) ON (r.title)',
  'CREATE INDEX review_synthetic IF NOT EXISTS FOR (r:Review) ON (r.synthetic)',
  'CREATE INDEX theme_name IF NOT EXISTS FOR (t:Theme) ON (t.name)',
  'CREATE INDEX agency_sector IF NOT EXISTS FOR (a:Agency) ON (a.sector)',
  'CREATE INDEX agency_name IF NOT EXISTS FOR (a:Agency) ON (a.name)',
  'CREATE INDEX document_kind IF NOT EXISTS FOR (d:Document) ON (d.kind)',
  'CREATE INDEX recommendation_status IF NOT EXISTS FOR (r:Recommendation) ON (r.status)',
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS
     FOR (n:${FULLTEXT_LABELS.join('|')})
     ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}]`,
];

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Drops the full-text index when it exists with other labels or properties than it has now (one
 * made before findings were searchable): `CREATE ... IF NOT EXISTS` would keep it as it was.
 */
async function dropOutdatedFullText(db: Db): Promise<void> {
  const [found] = await db.read<{ labels: string[]; properties: string[] }>(
    'schema.fullTextDefinition',
    'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name RETURN labelsOrTypes AS labels, properties',
    { name: FULLTEXT_INDEX },
  );
  if (
    found &&
    !(sameSet(found.labels, FULLTEXT_LABELS) && sameSet(found.properties, FULLTEXT_PROPERTIES))
  )
    await db.write('schema.dropFullText', `DROP INDEX ${FULLTEXT_INDEX} IF EXISTS`);
}

/** Creates constraints and indexes if missing and waits until they are online. */
export async function ensureSchema(db: Db): Promise<void> {
  await dropOutdatedFullText(db);
  for (const statement of SCHEMA_STATEMENTS) {
    await db.write('schema.ensure', statement);
  }
  await db.write('schema.await', 'CALL db.awaitIndexes(60)');
}
