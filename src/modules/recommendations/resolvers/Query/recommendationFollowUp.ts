// Query.recommendationFollowUp: per owner, how many recommendations are open, overdue and completed as of a day.
import type { QueryResolvers } from '../../../../generated/graphql';
import { asOfDay } from '../../follow-up';
import { findRecommendationFollowUp } from '../../recommendations.repository';

/** Resolves `Query.recommendationFollowUp` in one aggregate query. */
export const recommendationFollowUp: NonNullable<QueryResolvers['recommendationFollowUp']> = (
  _parent,
  args,
  ctx,
) => findRecommendationFollowUp(ctx.db, args.filter, asOfDay(args.asOf));
