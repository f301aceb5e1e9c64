// SimilarReview field resolvers: the review and shared themes through by-id loaders.
import { GraphQLError } from 'graphql';
import type { SimilarReviewResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';

/** Resolvers of the `SimilarReview` type. */
export const SimilarReview: SimilarReviewResolvers = {
  review: async (x, _a, ctx) => {
    const review = await ctx.loaders.reviewById.load(x.reviewId);
    if (!review) throw new GraphQLError(`Review ${x.reviewId} vanished while resolving`);
    return review;
  },
  sharedThemes: (x, _a, ctx) => loadAll(ctx.loaders.themeById, x.sharedThemeIds),
};
