// SimilarReview field resolvers: the review (fetched with its lists, or by its loader) and shared themes.
import type { SimilarReviewResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';
import { present } from '../analytics.service';

/** Resolvers of the `SimilarReview` type. */
export const SimilarReview: SimilarReviewResolvers = {
  review: (x, _a, ctx) =>
    x.review ?? ctx.loaders.reviewById.load(x.reviewId).then(present(x.reviewId)),
  sharedThemes: (x, _a, ctx) => x.sharedThemes ?? loadAll(ctx.loaders.themeById, x.sharedThemeIds),
};
