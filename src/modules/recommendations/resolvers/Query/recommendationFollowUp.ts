// Query.recommendationFollowUp: per owner, how many recommendations are open, overdue and completed
// as of a day (from the analytics index when current, else in one aggregate query).
import type { QueryResolvers, RecommendationStatus } from '../../../../generated/graphql';
import { followUpFromIndex } from '../../../analytics';
import { pageSize } from '../../../../shared/validation';
import { asOfDay, CLOSED_STATUSES, NOT_KNOWN } from '../../follow-up';
import { findRecommendationFollowUp } from '../../recommendations.repository';

/** The status rules the index applies, from this domain's definitions. */
const RULES = {
  closed: CLOSED_STATUSES,
  notKnown: NOT_KNOWN,
  completed: 'COMPLETED' satisfies RecommendationStatus,
};

/** Resolves `Query.recommendationFollowUp`: `asOf`, `first` and the filter are validated first, whichever way it is answered. */
export const recommendationFollowUp: NonNullable<QueryResolvers['recommendationFollowUp']> = async (
  _parent,
  args,
  ctx,
) => {
  const asOf = asOfDay(args.asOf);
  const first = args.first == null ? null : pageSize(args.first);
  const rows =
    (await followUpFromIndex(ctx, args.filter, asOf, RULES, first)) ??
    (await findRecommendationFollowUp(ctx.db, args.filter, asOf));
  return first === null ? rows : rows.slice(0, first);
};
