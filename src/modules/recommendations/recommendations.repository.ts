// All Cypher of the recommendations domain's queries: pages by filter, recommendations by id.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { RecommendationFilter } from '../../generated/graphql';
import type { KeyedItem } from '../../shared/loader-utils';
import {
  pageCypher,
  toConnection,
  type Connection,
  type CypherFilter,
  type PageRow,
  type PageWindow,
} from '../../shared/pagination';
import { reviewFilterCypher, reviewOrderBy } from '../reviews';
import type { RecommendationRecord } from './recommendations.model';

const { Recommendation, Review, Agency, Theme } = Label;
const REC = `x {.*, reviewId: r.id}`;

/** Compiles a RecommendationFilter to conditions on recommendation `x` made by review `r`. */
function recommendationFilterCypher(filter: RecommendationFilter | null | undefined): CypherFilter {
  const { conditions, params } = reviewFilterCypher(filter?.review, 'r', 'filter.review');
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
  return { conditions, params };
}

/** One page of the recommendations matching `filter`, newest review first, then by number. */
export async function findRecommendationPage(
  db: Db,
  filter: RecommendationFilter | null | undefined,
  window: PageWindow,
): Promise<Connection<RecommendationRecord>> {
  const f = recommendationFilterCypher(filter);
  const [row] = await db.read<PageRow<RecommendationRecord>>(
    'recommendation.page',
    pageCypher({
      match: `(r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation})`,
      conditions: f.conditions,
      orderBy: `${reviewOrderBy('PUBLISHED_DESC', 'r')}, x.number, x.id`,
      item: REC,
    }),
    { ...f.params, ...window },
  );
  return toConnection(row, window);
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
