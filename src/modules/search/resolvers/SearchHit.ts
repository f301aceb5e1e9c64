// SearchHit field resolvers: the matched item through the by-id loader of its kind.
import type { SearchHitResolvers } from '../../../generated/graphql';

/** Resolvers of the `SearchHit` type; only the field named by `kind` is non-null. */
export const SearchHit: SearchHitResolvers = {
  review: (h, _a, ctx) => (h.kind === 'REVIEW' ? ctx.loaders.reviewById.load(h.id) : null),
  theme: (h, _a, ctx) => (h.kind === 'THEME' ? ctx.loaders.themeById.load(h.id) : null),
  document: (h, _a, ctx) => (h.kind === 'DOCUMENT' ? ctx.loaders.documentById.load(h.id) : null),
  recommendation: (h, _a, ctx) =>
    h.kind === 'RECOMMENDATION' ? ctx.loaders.recommendationById.load(h.id) : null,
  finding: (h, _a, ctx) => (h.kind === 'FINDING' ? ctx.loaders.findingById.load(h.id) : null),
};
