// SimilarReview field resolvers: the review and shared themes come with the similarity query.
import type { SimilarReviewResolvers } from '../../../generated/graphql';

/** Resolvers of the `SimilarReview` type. */
export const SimilarReview: SimilarReviewResolvers = {
  review: (x) => x.review,
  sharedThemes: (x) => x.sharedThemes,
};
