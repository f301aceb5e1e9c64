// All Cypher of the recommendations domain: pages by filter, and recommendations by related node.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { RecommendationFilter } from '../../generated/graphql';
import type { KeyedItem, KeyedItems } from '../../shared/loader-utils';
import type { Connection, PageWindow } from '../../shared/pagination';
import { reviewFilterCypher, reviewOrderBy } from '../reviews';
import type { RecommendationRecord } from './recommendations.model';

const { Recommendation, Review, Agency, Theme } = Label;
const REC = `x {.*, reviewId: r.id}`;
const ORDER = `${reviewOrderBy('PUBLISHED_DESC', 'r')}, x.number, x.id`;

/** One page of the recommendations matching `filter`, newest review first, then by number. */
export async function findRecommendationPage(
  db: Db,
  filter: RecommendationFilter | null | undefined,
  { skip, limit }: PageWindow,
): Promise<Connection<RecommendationRecord>> {
  const f = reviewFilterCypher(filter?.review, 'r', 'filter.review');
  const conditions = [...f.conditions];
  const params: Record<string, unknown> = { ...f.params, skip, limit };
  if (filter?.statuses?.length) {
    params.statuses = [...filter.statuses];
    conditions.push('x.status IN $statuses');
  }
  if (filter?.agencyIds?.length) {
    params.agencyIds = [...filter.agencyIds];
    conditions.push(
      `EXISTS { MATCH (x)-[:${Rel.ADDRESSED_TO}]->(a:${Agency}) WHERE a.id IN $agencyIds }`,
    );
  }
  if (filter?.themeIds?.length) {
    params.themeIds = [...filter.themeIds];
    conditions.push(
      `EXISTS { MATCH (x)-[:${Rel.ADDRESSES}]->(t:${Theme}) WHERE t.id IN $themeIds }`,
    );
  }
  const [row] = await db.read<{ totalCount: number; items: RecommendationRecord[] }>(
    'recommendation.page',
    `MATCH (r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation})
     WHERE ${conditions.length ? conditions.join(' AND ') : 'true'}
     WITH r, x ORDER BY ${ORDER}
     WITH collect(${REC}) AS xs
     RETURN size(xs) AS totalCount, xs[$skip..($skip + $limit)] AS items`,
    params,
  );
  return { items: row?.items ?? [], totalCount: row?.totalCount ?? 0, offset: skip };
}

/** Recommendations by id. */
export function findRecommendationsByIds(
  db: Db,
  ids: string[],
): Promise<KeyedItem<RecommendationRecord>[]> {
  return db.read(
    'recommendation.byIds',
    `UNWIND $ids AS key MATCH (r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation} {id: key})
     RETURN key, ${REC} AS item`,
    { ids },
  );
}

/** Recommendations each review makes, by number. */
export function findRecommendationsByReviewIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<RecommendationRecord>[]> {
  return db.read(
    'recommendation.byReviewIds',
    `UNWIND $ids AS key MATCH (r:${Review} {id: key})-[:${Rel.MAKES}]->(x:${Recommendation})
     WITH key, r, x ORDER BY x.number, x.id RETURN key, collect(${REC}) AS items`,
    { ids },
  );
}

/** Recommendations addressed to each agency, newest review first. */
export function findRecommendationsByAgencyIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<RecommendationRecord>[]> {
  return db.read(
    'recommendation.byAgencyIds',
    `UNWIND $ids AS key
     MATCH (r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation})-[:${Rel.ADDRESSED_TO}]->(:${Agency} {id: key})
     WITH key, r, x ORDER BY ${ORDER} RETURN key, collect(${REC}) AS items`,
    { ids },
  );
}

/** Recommendations addressing each theme, newest review first. */
export function findRecommendationsByThemeIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<RecommendationRecord>[]> {
  return db.read(
    'recommendation.byThemeIds',
    `UNWIND $ids AS key
     MATCH (r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation})-[:${Rel.ADDRESSES}]->(:${Theme} {id: key})
     WITH key, r, x ORDER BY ${ORDER} RETURN key, collect(${REC}) AS items`,
    { ids },
  );
}
