// Review.findings: a review's findings, as prefetched with it or through the per-request loader.
import type { ReviewResolvers } from '../../../generated/graphql';

/** Resolvers of the findings field of `Review`. */
export const Review: ReviewResolvers = {
  findings: (r, _a, ctx) => r.findings ?? ctx.loaders.findingsByReviewId.load(r.id),
};
