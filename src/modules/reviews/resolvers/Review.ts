// Review field resolvers: a list fetched with the review answers at once; otherwise its loader.
import type { ReviewResolvers } from '../../../generated/graphql';

/** Resolvers of the `Review` type. */
export const Review: ReviewResolvers = {
  synthetic: (r) => r.synthetic === true,
  version: (r) => r.version ?? 1,
  partnership: (r, _a, ctx) =>
    r.partnership !== undefined ? r.partnership : ctx.loaders.partnershipByReviewId.load(r.id),
  children: (r, _a, ctx) => r.children ?? ctx.loaders.childrenByReviewId.load(r.id),
  documents: (r, _a, ctx) => r.documents ?? ctx.loaders.documentsByReviewId.load(r.id),
  themes: (r, _a, ctx) => r.themes ?? ctx.loaders.themesByReviewId.load(r.id),
  themeLinks: (r, _a, ctx) => r.themeLinks ?? ctx.loaders.themeLinksByReviewId.load(r.id),
  unlistedDocuments: (r, _a, ctx) =>
    r.unlistedDocuments ?? ctx.loaders.unlistedDocumentsByReviewId.load(r.id),
  involvements: (r, _a, ctx) => ctx.loaders.involvementsByReviewId.load(r.id),
  caveats: (r) => r.caveats ?? [],
  agencies: (r, _a, ctx) => r.agencies ?? ctx.loaders.agenciesByReviewId.load(r.id),
  recommendations: (r, _a, ctx) =>
    r.recommendations ?? ctx.loaders.recommendationsByReviewId.load(r.id),
  sources: (r, _a, ctx) => r.sources ?? ctx.loaders.sourcesByReviewId.load(r.id),
};
