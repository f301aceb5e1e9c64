// Query.recommendationFollowUp: per owner, how many recommendations are open, overdue and completed
// as of a day (from the analytics index when current, else in one aggregate query).
import type { QueryResolvers, RecommendationStatus } from '../../../../generated/graphql';
import { followUpFromIndex } from '../../../analytics';
import { asOfDay, CLOSED_STATUSES, NOT_KNOWN } from '../../follow-up';
import { findRecommendationFollowUp } from '../../recommendations.repository';

/** The status rules the index applies, from this domain's definitions. */
const RULES = {
  closed: CLOSED_STATUSES,
  notKnown: NOT_KNOWN,
  completed: 'COMPLETED' satisfies RecommendationStatus,
};

/** Resolves `Query.recommendationFollowUp`: `asOf` and the filter are validated first, whichever way it is answered. */
export const recommendationFollowUp: NonNullable<QueryResolvers['recommendationFollowUp']> = async (
  _parent,
  args,
  ctx,
) => {
  const asOf = asOfDay(args.asOf);
  return (
    (await followUpFromIndex(ctx, args.filter, asOf, RULES)) ??
    findRecommendationFollowUp(ctx.db, args.filter, asOf)
  );
};
