// All Cypher of the recommendations domain's queries: pages by filter, follow-up, history, owners, by id.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { RecommendationFilter } from '../../generated/graphql';
import type { KeyedItem, KeyedItems } from '../../shared/loader-utils';
import {
  pageCypher,
  toConnection,
  type Connection,
  type CypherFilter,
  type PageRow,
  type PageWindow,
} from '../../shared/pagination';
import { reviewFilterCypher, reviewOrderBy } from '../reviews';
import { CLOSED_STATUSES, NOT_KNOWN } from './follow-up';
import type {
  RecommendationFollowUpRecord,
  RecommendationOwnerRecord,
  RecommendationRecord,
  StatusChangeRecord,
} from './recommendations.model';

const { Recommendation, Review, Agency, Theme, Partnership, StatusChange, Source } = Label;
const REC = `x {.*, reviewId: r.id}`;

/**
 * Cypher of the status of recommendation `x` as of `$asOf` and of the day it was completed (the
 * first entry of the trailing run of COMPLETED entries up to `$asOf`), as in `statusAsOf`.
 */
const STATUS_AS_OF = `
  COLLECT { MATCH (x)-[:${Rel.HAS_STATUS_CHANGE}]->(sc:${StatusChange}) WHERE sc.onSort <= $asOf
            WITH sc ORDER BY sc.seq RETURN sc {.status, .onSort} } AS hist,
  EXISTS { (x)-[:${Rel.HAS_STATUS_CHANGE}]->(:${StatusChange}) } AS hasHistory`;
const STATUS_THEN = `CASE WHEN hasHistory THEN hist[-1].status ELSE x.status END`;
const COMPLETED_ON = `reduce(acc = null, e IN hist | CASE WHEN e.status = 'COMPLETED' THEN coalesce(acc, e.onSort) ELSE null END)`;
const PAST_DUE = `(x.targetDue IS NOT NULL AND x.targetDue < $asOf)`;
/** Cypher: status `s` (as of a day, null for no entry yet) is open, as `isOpen` decides. */
const IS_OPEN = (s: string) => `NOT coalesce(${s}, 'OPEN') IN $closed + [$notKnown]`;

/** Compiles a RecommendationFilter (overdue excepted) to conditions on recommendation `x` made by review `r`. */
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
  if (filter?.ownerAgencyIds?.length || filter?.ownerPartnershipIds?.length) {
    params.ownerAgencyIds = [...(filter.ownerAgencyIds ?? [])];
    params.ownerPartnershipIds = [...(filter.ownerPartnershipIds ?? [])];
    conditions.push(
      `EXISTS { MATCH (x)-[:${Rel.OWNED_BY}]->(o)
                WHERE (o:${Agency} AND o.id IN $ownerAgencyIds) OR (o:${Partnership} AND o.id IN $ownerPartnershipIds) }`,
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

/**
 * The condition of `filter.overdue` on recommendation `x` at `$asOf`, as a Cypher predicate (the
 * status then from its history, as `statusAsOf` computes it); none when not asked.
 */
function overdueConditions(filter: RecommendationFilter | null | undefined): string[] {
  if (filter?.overdue == null) return [];
  const statusThen = `CASE WHEN EXISTS { (x)-[:${Rel.HAS_STATUS_CHANGE}]->(:${StatusChange}) }
      THEN COLLECT { MATCH (x)-[:${Rel.HAS_STATUS_CHANGE}]->(sc:${StatusChange}) WHERE sc.onSort <= $asOf
                     WITH sc ORDER BY sc.seq DESC RETURN sc.status }[0]
      ELSE x.status END`;
  return [`(${PAST_DUE} AND ${IS_OPEN(statusThen)}) = $overdue`];
}

/**
 * One page of the recommendations matching `filter`, newest review first, then by number;
 * `filter.overdue` is judged at `asOf`.
 */
export async function findRecommendationPage(
  db: Db,
  filter: RecommendationFilter | null | undefined,
  asOf: string,
  window: PageWindow,
): Promise<Connection<RecommendationRecord>> {
  const f = recommendationFilterCypher(filter);
  f.conditions.push(...overdueConditions(filter));
  const [row] = await db.read<PageRow<RecommendationRecord>>(
    'recommendation.page',
    pageCypher({
      match: `(r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation})`,
      conditions: f.conditions,
      orderBy: `${reviewOrderBy('PUBLISHED_DESC', 'r')}, x.number, x.id`,
      item: REC,
    }),
    {
      ...f.params,
      ...window,
      asOf,
      overdue: filter?.overdue ?? null,
      closed: CLOSED_STATUSES,
      notKnown: NOT_KNOWN,
    },
  );
  return toConnection(row, window);
}

/**
 * Follow-up of the recommendations matching `filter`, one row per owner (null: no owner
 * recorded), as of `asOf`: total, open (no status yet counts as open), overdue, completed, not
 * known (NOT_KNOWN: neither open nor overdue), and the median days from the review's publication (`publishedSort`) to completion. Most overdue
 * first, then by owner name.
 */
export function findRecommendationFollowUp(
  db: Db,
  filter: RecommendationFilter | null | undefined,
  asOf: string,
): Promise<RecommendationFollowUpRecord[]> {
  const { conditions, params } = recommendationFilterCypher(filter);
  return db.read<RecommendationFollowUpRecord>(
    'recommendation.followUp',
    `MATCH (r:${Review})-[:${Rel.MAKES}]->(x:${Recommendation})
     WHERE ${conditions.length ? conditions.join(' AND ') : 'true'}
     WITH r, x, ${STATUS_AS_OF}
     WITH r, x, coalesce(${STATUS_THEN}, 'OPEN') AS statusThen, ${COMPLETED_ON} AS completedOn,
          COLLECT { MATCH (x)-[:${Rel.OWNED_BY}]->(o) WHERE o:${Agency} OR o:${Partnership}
                    WITH o ORDER BY o.id
                    RETURN o {.*, __typename: CASE WHEN o:${Agency} THEN 'Agency' ELSE 'Partnership' END} }[0]
            AS owner
     WITH r, x, owner, statusThen, completedOn, ${IS_OPEN('statusThen')} AS isOpen
     WHERE $overdue IS NULL OR (${PAST_DUE} AND isOpen) = $overdue
     WITH owner,
          count(x) AS total,
          count(CASE WHEN isOpen THEN 1 END) AS open,
          count(CASE WHEN isOpen AND ${PAST_DUE} THEN 1 END) AS overdue,
          count(CASE WHEN statusThen = 'COMPLETED' THEN 1 END) AS completed,
          count(CASE WHEN statusThen = $notKnown THEN 1 END) AS notKnown,
          percentileCont(CASE WHEN statusThen = 'COMPLETED' AND completedOn IS NOT NULL AND r.publishedSort IS NOT NULL
                              THEN duration.inDays(date(r.publishedSort), date(completedOn)).days END, 0.5)
            AS medianDaysToCompletion
     ORDER BY overdue DESC, owner IS NULL, toLower(owner.name), owner.id
     RETURN owner, total, open, overdue, completed, notKnown, medianDaysToCompletion`,
    {
      ...params,
      asOf,
      overdue: filter?.overdue ?? null,
      closed: CLOSED_STATUSES,
      notKnown: NOT_KNOWN,
    },
  );
}

/** The status history of each recommendation, oldest first. */
export function findStatusHistoryByRecommendationIds(
  db: Db,
  ids: string[],
): Promise<KeyedItems<StatusChangeRecord>[]> {
  return db.read(
    'statusChange.byRecommendationIds',
    `UNWIND $ids AS key
     MATCH (:${Recommendation} {id: key})-[:${Rel.HAS_STATUS_CHANGE}]->(sc:${StatusChange})
     WITH key, sc ORDER BY sc.seq
     RETURN key, collect(sc {.id, .seq, .status, .on, .onSort, note: sc.note,
       sourceId: COLLECT { MATCH (sc)-[:${Rel.SOURCED_FROM}]->(s:${Source}) WITH s ORDER BY s.id RETURN s.id }[0]}) AS items`,
    { ids },
  );
}

/** The owner (agency or partnership) of each recommendation. */
export function findOwnerByRecommendationIds(
  db: Db,
  ids: string[],
): Promise<KeyedItem<RecommendationOwnerRecord>[]> {
  return db.read(
    'recommendationOwner.byRecommendationIds',
    `UNWIND $ids AS key
     MATCH (:${Recommendation} {id: key})-[:${Rel.OWNED_BY}]->(o) WHERE o:${Agency} OR o:${Partnership}
     WITH key, o ORDER BY o.id
     WITH key, head(collect(o {.*, __typename: CASE WHEN o:${Agency} THEN 'Agency' ELSE 'Partnership' END})) AS item
     RETURN key, item`,
    { ids },
  );
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
