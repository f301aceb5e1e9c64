// All Cypher of the reviews domain's queries: pages of reviews and reviews by id with their lists.
import type { Db } from '../../db/database';
import { Label } from '../../db/schema';
import type { ReviewFilter, ReviewOrder } from '../../generated/graphql';
import type { KeyedItem } from '../../shared/loader-utils';
import {
  pageCypher,
  toConnection,
  type Connection,
  type PageRow,
  type PageWindow,
} from '../../shared/pagination';
import { ReviewLists } from '../lists';
import { projectCypher, type Projection } from '../relations';
import { reviewFilterCypher, reviewOrderBy } from './review-filter';
import type { PartnershipRecord, ReviewRecord } from './reviews.model';

const { Review, Partnership } = Label;

/**
 * One page of the reviews matching `filter` in `order` (top-k and count), each projected by `p`:
 * its selected properties, and each selected list of `ReviewLists` fetched in the same query.
 */
export async function findReviewPage(
  db: Db,
  filter: ReviewFilter | null | undefined,
  order: ReviewOrder | null | undefined,
  window: PageWindow,
  p: Projection,
): Promise<Connection<ReviewRecord>> {
  const f = reviewFilterCypher(filter);
  const [row] = await db.read<PageRow<ReviewRecord>>(
    'review.page',
    pageCypher({
      match: `(r:${Review})`,
      conditions: f.conditions,
      orderBy: reviewOrderBy(order),
      item: projectCypher('r', p, ReviewLists),
    }),
    { ...f.params, ...window },
  );
  return toConnection(row, window);
}

/**
 * A page whose reviews another source already chose (the analytics index: `ids` in page order and
 * the total): loads them by id, each projected by `p`, in one query. A review deleted since it
 * was chosen is left out of the page.
 */
export async function reviewPageByIds(
  db: Db,
  ids: string[],
  totalCount: number,
  window: PageWindow,
  p: Projection,
): Promise<Connection<ReviewRecord>> {
  const rows = ids.length ? await findReviewsByIdsProjected(db, ids, p) : [];
  const byId = new Map(rows.map((r) => [r.key, r.item]));
  const items = ids.flatMap((id) => byId.get(id) ?? []);
  return toConnection({ totalCount, items }, window);
}

/** Reviews by id, each projected by `p` (lists included), in one query (one row per id found). */
export function findReviewsByIdsProjected(
  db: Db,
  ids: string[],
  p: Projection,
): Promise<KeyedItem<ReviewRecord>[]> {
  return db.read(
    'review.withLinksByIds',
    `UNWIND $ids AS key MATCH (r:${Review} {id: key})
     RETURN key, ${projectCypher('r', p, ReviewLists)} AS item`,
    { ids },
  );
}

/** Every partnership, by name. */
export async function findAllPartnerships(db: Db): Promise<PartnershipRecord[]> {
  const rows = await db.read<{ item: PartnershipRecord }>(
    'partnership.all',
    `MATCH (p:${Partnership}) RETURN p {.*} AS item ORDER BY toLower(p.name), p.id`,
  );
  return rows.map((r) => r.item);
}
