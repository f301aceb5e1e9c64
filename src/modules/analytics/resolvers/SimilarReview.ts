// SimilarReview field resolvers: the review and shared themes through the by-id loaders.
import type { SimilarReviewResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';
import { present } from '../analytics.service';

/** Resolvers of the `SimilarReview` type. */
export const SimilarReview: SimilarReviewResolvers = {
  review: (x, _a, ctx) => ctx.loaders.reviewById.load(x.reviewId).then(present(x.reviewId)),
  sharedThemes: (x, _a, ctx) => x.sharedThemes ?? loadAll(ctx.loaders.themeById, x.sharedThemeIds),
};
