// Recommendation field resolvers: review, addressees, themes, owner and status history; overdue as of a day.
import { GraphQLError } from 'graphql';
import type { RecommendationResolvers } from '../../../generated/graphql';
import { asOfDay, isOverdue, statusAsOf } from '../follow-up';

/** Resolvers of the `Recommendation` type. */
export const Recommendation: RecommendationResolvers = {
  synthetic: (r) => r.synthetic === true,
  version: (r) => r.version ?? 1,
  review: async (r, _a, ctx) => {
    const review = await ctx.loaders.reviewById.load(r.reviewId);
    if (!review)
      throw new GraphQLError(`Review ${r.reviewId} of recommendation ${r.id} is missing`);
    return review;
  },
  addressedTo: (r, _a, ctx) => r.addressedTo ?? ctx.loaders.agenciesByRecommendationId.load(r.id),
  themes: (r, _a, ctx) => r.themes ?? ctx.loaders.themesByRecommendationId.load(r.id),
  owner: (r, _a, ctx) => ctx.loaders.ownerByRecommendationId.load(r.id),
  targetDate: (r) => r.targetDate ?? null,
  statusHistory: (r, _a, ctx) => ctx.loaders.statusHistoryByRecommendationId.load(r.id),
  overdue: async (r, args, ctx) => {
    const asOf = args.asOf != null ? asOfDay(args.asOf) : (r.asOf ?? asOfDay(null));
    if (!r.targetDue || r.targetDue >= asOf) return false;
    const history = await ctx.loaders.statusHistoryByRecommendationId.load(r.id);
    return isOverdue(r.targetDue, statusAsOf(r.status, history, asOf), asOf);
  },
};
