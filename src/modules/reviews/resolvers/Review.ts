// Review field resolvers: every relationship goes through a per-request loader keyed by review id.
import type { ReviewResolvers } from '../../../generated/graphql';

/** Resolvers of the `Review` type. */
export const Review: ReviewResolvers = {
  synthetic: (r) => r.synthetic === true,
  partnership: (r, _a, ctx) => ctx.loaders.partnershipByReviewId.load(r.id),
  children: (r, _a, ctx) => ctx.loaders.childrenByReviewId.load(r.id),
  documents: (r, _a, ctx) => ctx.loaders.documentsByReviewId.load(r.id),
  themes: (r, _a, ctx) => ctx.loaders.themesByReviewId.load(r.id),
  agencies: (r, _a, ctx) => ctx.loaders.agenciesByReviewId.load(r.id),
  recommendations: (r, _a, ctx) => ctx.loaders.recommendationsByReviewId.load(r.id),
  sources: (r, _a, ctx) => ctx.loaders.sourcesByReviewId.load(r.id),
};
