// All Cypher of the lifecycle domain: the timeliness aggregate over stored working-day counts.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { ReviewFilter } from '../../generated/graphql';
import { whereAll } from '../../shared/pagination';
import { reviewFilterCypher } from '../reviews';
import type { TimelinessGroupRecord } from './lifecycle.model';
import { NOTIFICATION_WORKING_DAYS, RAPID_REVIEW_WORKING_DAYS } from './timeliness';

const { Review, Partnership } = Label;

/** The grouping key expression and ORDER BY of each `TimelinessGroupBy`. */
const GROUPINGS = {
  PARTNERSHIP: {
    key: `COLLECT { MATCH (p:${Partnership})-[:${Rel.PUBLISHED}]->(r) WITH p ORDER BY p.id RETURN p {.id, .name} }[0]`,
    order: 'toLower(g.name), g.id',
  },
  YEAR: {
    key: `{id: CASE WHEN r.notifiedOn IS NULL THEN null ELSE left(r.notifiedOn, 4) END}`,
    order: 'g.id IS NULL, g.id',
  },
} as const;

/**
 * Timeliness counts of the reviews matching `filter`, grouped by partnership or by year of
 * notification, in one query over the working-day counts the importer stores on each review.
 * A stage is on time at most 5 (notification) or 15 (rapid review) working days, late above,
 * unknown when its count is null; the median is over the known counts.
 */
export async function findTimelinessGroups(
  db: Db,
  filter: ReviewFilter | null | undefined,
  groupBy: keyof typeof GROUPINGS,
): Promise<TimelinessGroupRecord[]> {
  const f = reviewFilterCypher(filter);
  const g = GROUPINGS[groupBy];
  const stage = (prop: string, limit: string) => `{
       onTime: count(CASE WHEN r.${prop} <= ${limit} THEN 1 END),
       late: count(CASE WHEN r.${prop} > ${limit} THEN 1 END),
       unknown: count(CASE WHEN r.${prop} IS NULL THEN 1 END),
       medianWorkingDays: percentileCont(r.${prop}, 0.5)
     }`;
  const rows = await db.read<TimelinessGroupRecord & { id: string | null }>(
    'lifecycle.timeliness',
    `MATCH (r:${Review}) WHERE ${whereAll(f.conditions)}
     WITH r, ${g.key} AS g
     WITH g, count(r) AS reviewCount,
       ${stage('notificationWorkingDays', '$notificationDays')} AS notification,
       ${stage('rapidReviewWorkingDays', '$rapidReviewDays')} AS rapidReview
     WITH g, reviewCount, notification, rapidReview ORDER BY ${g.order}
     RETURN g.id AS id, reviewCount, notification, rapidReview`,
    {
      ...f.params,
      notificationDays: NOTIFICATION_WORKING_DAYS,
      rapidReviewDays: RAPID_REVIEW_WORKING_DAYS,
    },
  );
  return rows.map((row) => timelinessGroupRecord(groupBy, row));
}

/** A group's record from its id (a partnership id, a year, or null for the unknown group). */
export function timelinessGroupRecord(
  groupBy: keyof typeof GROUPINGS,
  row: Omit<TimelinessGroupRecord, 'key' | 'partnershipId' | 'year'> & { id: string | null },
): TimelinessGroupRecord {
  const { id, reviewCount, notification, rapidReview } = row;
  return {
    key: id ?? 'unknown',
    partnershipId: groupBy === 'PARTNERSHIP' ? id : null,
    year: groupBy === 'YEAR' && id !== null ? Number(id) : null,
    reviewCount,
    notification,
    rapidReview,
  };
}
