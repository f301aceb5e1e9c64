// Query.timeliness: notification and rapid-review timeliness of the matching reviews, grouped
// (from the analytics index when current, else in one aggregate query).
import type { QueryResolvers } from '../../../../generated/graphql';
import { currentIndex, primePartnerships, reviewMask, timelinessGroups } from '../../../analytics';
import { reviewFilterCypher } from '../../../reviews';
import { findTimelinessGroups, timelinessGroupRecord } from '../../lifecycle.repository';
import { NOTIFICATION_WORKING_DAYS, RAPID_REVIEW_WORKING_DAYS } from '../../timeliness';

const LIMITS = { notification: NOTIFICATION_WORKING_DAYS, rapidReview: RAPID_REVIEW_WORKING_DAYS };

/** Resolves `Query.timeliness`: the filter is validated first, whichever way it is answered. */
export const timeliness: NonNullable<QueryResolvers['timeliness']> = async (_p, args, ctx) => {
  const groupBy = args.groupBy ?? 'PARTNERSHIP';
  const f = reviewFilterCypher(args.filter);
  const ix = await currentIndex(ctx, f);
  if (!ix) return findTimelinessGroups(ctx.db, args.filter, groupBy);
  const groups = timelinessGroups(ix, reviewMask(ix, f), groupBy, LIMITS);
  // The groups' partnerships from the index's records: no round trip for them.
  if (groupBy === 'PARTNERSHIP')
    primePartnerships(
      ctx,
      ix,
      groups.map((g) => g.id),
    );
  return groups.map((g) => timelinessGroupRecord(groupBy, g));
};
