// All Cypher of the taxonomies domain: taxonomies, categories, theme mappings, category recurrence.
import type { Db } from '../../db/database';
import type { MappingBasis, ReviewFilter, ThemeEvidence } from '../../generated/graphql';
import { Label, Rel } from '../../db/schema';
import type { KeyedItem, KeyedItems } from '../../shared/loader-utils';
import { whereAll } from '../../shared/pagination';
import { reviewFilterCypher, reviewOrderBy } from '../reviews';
import type { ThemeRecord } from '../themes';
import type {
  CategoryRecurrenceRecord,
  TaxonomyCategoryRecord,
  TaxonomyRecord,
  ThemeMappingRecord,
} from './taxonomies.model';
import { evidenceCypher } from '../../shared/theme-evidence';

const { Taxonomy, TaxonomyCategory, Theme, Review, Source, Partnership } = Label;
const { HAS_CATEGORY, MAPS_TO, SOURCED_FROM, RAISES, PUBLISHED } = Rel;

const taxonomyMap = (x: string) =>
  `${x} {.*, year: ${x}.year, note: ${x}.note,
     sourceId: head([(${x})-[:${SOURCED_FROM}]->(s:${Source}) | s.id])}`;
const categoryMap = (c: string) =>
  `${c} {.*, note: ${c}.note,
     taxonomyId: head([(tx:${Taxonomy})-[:${HAS_CATEGORY}]->(${c}) | tx.id]),
     sourceId: head([(${c})-[:${SOURCED_FROM}]->(s:${Source}) | s.id])}`;
const TAXONOMY_ORDER = 'toLower(x.publisher), coalesce(x.year, 9999), toLower(x.name), x.id';

/** Every taxonomy (of the given kinds; null: all), by publisher, year (unknown last), name. */
export async function findTaxonomies(
  db: Db,
  kinds: readonly string[] | null,
): Promise<TaxonomyRecord[]> {
  const rows = await db.read<{ item: TaxonomyRecord }>(
    'taxonomy.all',
    `MATCH (x:${Taxonomy}) WHERE $kinds IS NULL OR x.kind IN $kinds
     WITH x ORDER BY ${TAXONOMY_ORDER} RETURN ${taxonomyMap('x')} AS item`,
    { kinds: kinds?.length ? [...kinds] : null },
  );
  return rows.map((r) => r.item);
}

/** Taxonomies by id. */
export function findTaxonomiesByIds(db: Db, ids: string[]): Promise<KeyedItem<TaxonomyRecord>[]> {
  return db.read(
    'taxonomy.byIds',
    `UNWIND $ids AS key MATCH (x:${Taxonomy} {id: key}) RETURN key, ${taxonomyMap('x')} AS item`,
    { ids },
  );
}

/** Categories by id. */
export function findCategoriesByIds(
  db: Db,
  ids: string[],
): Promise<KeyedItem<TaxonomyCategoryRecord>[]> {
  return db.read(
    'taxonomyCategory.byIds',
    `UNWIND $ids AS key MATCH (c:${TaxonomyCategory} {id: key}) RETURN key, ${categoryMap('c')} AS item`,
    { ids },
  );
}

/** Categories of each taxonomy, in the order the source lists them. */
export function findCategoriesByTaxonomyIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<TaxonomyCategoryRecord>[]> {
  return db.read(
    'taxonomyCategory.byTaxonomyIds',
    `UNWIND $ids AS key MATCH (:${Taxonomy} {id: key})-[:${HAS_CATEGORY}]->(c:${TaxonomyCategory})
     WITH key, c ORDER BY c.position, c.id RETURN key, collect(${categoryMap('c')}) AS items`,
    { ids },
  );
}

/** Themes mapped to each category, by name. */
export function findThemesByCategoryIds(db: Db, ids: string[]): Promise<KeyedItems<ThemeRecord>[]> {
  return db.read(
    'theme.byCategoryIds',
    `UNWIND $ids AS key MATCH (t:${Theme})-[:${MAPS_TO}]->(:${TaxonomyCategory} {id: key})
     WITH DISTINCT key, t ORDER BY toLower(t.name), t.id RETURN key, collect(t {.*}) AS items`,
    { ids },
  );
}

/** Mappings of each theme, by taxonomy id, then the category's position. */
export function findMappingsByThemeIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<ThemeMappingRecord>[]> {
  return db.read(
    'themeMapping.byThemeIds',
    `UNWIND $ids AS key
     MATCH (:${Theme} {id: key})-[m:${MAPS_TO}]->(c:${TaxonomyCategory})<-[:${HAS_CATEGORY}]-(x:${Taxonomy})
     WITH key, m, c, x ORDER BY x.id, c.position, c.id
     RETURN key, collect({category: ${categoryMap('c')}, basis: m.basis, note: m.note}) AS items`,
    { ids },
  );
}

/** What `findRecurringCategories` counts. */
export interface CategoryRecurrenceScope {
  taxonomyId: string;
  minReviews: number;
  filter: ReviewFilter | null | undefined;
  evidence: readonly ThemeEvidence[] | null;
  basis: readonly MappingBasis[] | null;
}

/**
 * Categories of one taxonomy reached by at least `minReviews` distinct matching reviews through a
 * theme link (of the given evidence) and a mapping (of the given basis), most recurrent first,
 * then name; with the reviews (newest first), their partnerships and the themes that led there.
 */
export async function findRecurringCategories(
  db: Db,
  scope: CategoryRecurrenceScope,
): Promise<CategoryRecurrenceRecord[]> {
  const f = reviewFilterCypher(scope.filter);
  const ev = evidenceCypher('l', scope.evidence);
  const rows = await db.read<CategoryRecurrenceRecord>(
    'taxonomy.recurringCategories',
    `MATCH (:${Taxonomy} {id: $taxonomyId})-[:${HAS_CATEGORY}]->(c:${TaxonomyCategory})
     MATCH (c)<-[m:${MAPS_TO}]-(t:${Theme})<-[l:${RAISES}]-(r:${Review})
     WHERE ${whereAll(f.conditions)} AND ${ev.condition} AND ($basis IS NULL OR m.basis IN $basis)
     WITH c, r, collect(DISTINCT t) AS ts
     WITH c, r, ts, head([(p:${Partnership})-[:${PUBLISHED}]->(r) | p.id]) AS pid
     ORDER BY ${reviewOrderBy('PUBLISHED_DESC', 'r')}
     WITH c, collect(r.id) AS reviewIds, collect(DISTINCT pid) AS pids, collect(ts) AS tss,
          min(r.publishedSort + ' ' + r.publishedOn) AS firstKey,
          max(r.publishedSort + ' ' + r.publishedOn) AS lastKey
     WHERE size(reviewIds) >= $minReviews
     RETURN ${categoryMap('c')} AS category, size(reviewIds) AS reviewCount,
            size(pids) AS partnershipCount, reviewIds,
            COLLECT { UNWIND tss AS y UNWIND y AS z WITH DISTINCT z ORDER BY toLower(z.name), z.id
                      RETURN z {.*} } AS themes,
            split(firstKey, ' ')[1] AS firstPublished, split(lastKey, ' ')[1] AS lastPublished
     ORDER BY reviewCount DESC, toLower(c.name), c.id`,
    {
      ...f.params,
      ...ev.params,
      taxonomyId: scope.taxonomyId,
      minReviews: scope.minReviews,
      basis: scope.basis?.length ? [...scope.basis] : null,
    },
  );
  return rows;
}
