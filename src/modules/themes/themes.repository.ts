// All Cypher of the themes domain: themes, their categories, and themes by related node.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { ThemeFilter } from '../../generated/graphql';
import type { KeyedItem, KeyedItems } from '../../shared/loader-utils';
import type { Connection, PageWindow } from '../../shared/pagination';
import type { ThemeCategoryRecord, ThemeRecord } from './themes.model';

const { Theme, ThemeCategory, Review, Document, Recommendation } = Label;
const BY_NAME = 'toLower(t.name), t.id';

/** Themes by id. */
export function findThemesByIds(db: Db, ids: string[]): Promise<KeyedItem<ThemeRecord>[]> {
  return db.read(
    'theme.byIds',
    `UNWIND $ids AS key MATCH (t:${Theme} {id: key}) RETURN key, t {.*} AS item`,
    { ids },
  );
}

/** One page of the themes matching `filter`, by name, with the total count, in one query. */
export async function findThemePage(
  db: Db,
  filter: ThemeFilter | null | undefined,
  { skip, limit }: PageWindow,
): Promise<Connection<ThemeRecord>> {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { skip, limit };
  if (filter?.nameContains) {
    params.text = filter.nameContains.toLowerCase();
    conditions.push(
      `(toLower(t.name) CONTAINS $text OR any(a IN coalesce(t.aliases, []) WHERE toLower(a) CONTAINS $text))`,
    );
  }
  if (filter?.categoryIds?.length) {
    params.categoryIds = [...filter.categoryIds];
    conditions.push(
      `EXISTS { MATCH (t)-[:${Rel.IN_CATEGORY}]->(c:${ThemeCategory}) WHERE c.id IN $categoryIds }`,
    );
  }
  if (filter?.synthetic != null) {
    params.synthetic = filter.synthetic;
    conditions.push('coalesce(t.synthetic, false) = $synthetic');
  }
  const [row] = await db.read<{ totalCount: number; items: ThemeRecord[] }>(
    'theme.page',
    `MATCH (t:${Theme}) WHERE ${conditions.length ? conditions.join(' AND ') : 'true'}
     WITH t ORDER BY ${BY_NAME}
     WITH collect(t) AS ts
     RETURN size(ts) AS totalCount, [x IN ts[$skip..($skip + $limit)] | x {.*}] AS items`,
    params,
  );
  return { items: row?.items ?? [], totalCount: row?.totalCount ?? 0, offset: skip };
}

/** Themes each review raises, by name. */
export function findThemesByReviewIds(db: Db, ids: string[]): Promise<KeyedItems<ThemeRecord>[]> {
  return db.read(
    'theme.byReviewIds',
    `UNWIND $ids AS key MATCH (:${Review} {id: key})-[:${Rel.RAISES}]->(t:${Theme})
     WITH key, t ORDER BY ${BY_NAME} RETURN key, collect(t {.*}) AS items`,
    { ids },
  );
}

/** Themes each document is on, by name. */
export function findThemesByDocumentIds(db: Db, ids: string[]): Promise<KeyedItems<ThemeRecord>[]> {
  return db.read(
    'theme.byDocumentIds',
    `UNWIND $ids AS key MATCH (:${Document} {id: key})-[:${Rel.ON_THEME}]->(t:${Theme})
     WITH key, t ORDER BY ${BY_NAME} RETURN key, collect(t {.*}) AS items`,
    { ids },
  );
}

/** Themes each recommendation addresses, by name. */
export function findThemesByRecommendationIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<ThemeRecord>[]> {
  return db.read(
    'theme.byRecommendationIds',
    `UNWIND $ids AS key MATCH (:${Recommendation} {id: key})-[:${Rel.ADDRESSES}]->(t:${Theme})
     WITH key, t ORDER BY ${BY_NAME} RETURN key, collect(t {.*}) AS items`,
    { ids },
  );
}

/** Themes in each category, by name. */
export function findThemesByCategoryIds(db: Db, ids: string[]): Promise<KeyedItems<ThemeRecord>[]> {
  return db.read(
    'theme.byCategoryIds',
    `UNWIND $ids AS key MATCH (t:${Theme})-[:${Rel.IN_CATEGORY}]->(:${ThemeCategory} {id: key})
     WITH key, t ORDER BY ${BY_NAME} RETURN key, collect(t {.*}) AS items`,
    { ids },
  );
}

/** Categories of each theme, by name. */
export function findCategoriesByThemeIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<ThemeCategoryRecord>[]> {
  return db.read(
    'themeCategory.byThemeIds',
    `UNWIND $ids AS key MATCH (:${Theme} {id: key})-[:${Rel.IN_CATEGORY}]->(c:${ThemeCategory})
     WITH key, c ORDER BY toLower(c.name), c.id RETURN key, collect(c {.*}) AS items`,
    { ids },
  );
}

/** Every theme category, by name. */
export async function findAllThemeCategories(db: Db): Promise<ThemeCategoryRecord[]> {
  const rows = await db.read<{ item: ThemeCategoryRecord }>(
    'themeCategory.all',
    `MATCH (c:${ThemeCategory}) RETURN c {.*} AS item ORDER BY toLower(c.name), c.id`,
  );
  return rows.map((r) => r.item);
}
