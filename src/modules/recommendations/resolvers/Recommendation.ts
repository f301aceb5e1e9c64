// Recommendation field resolvers: its review, addressees and themes (fetched with it or by loader).
import { GraphQLError } from 'graphql';
import type { RecommendationResolvers } from '../../../generated/graphql';

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
};
