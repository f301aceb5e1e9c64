// Partnership field resolvers: statutory partners and stated themes through per-request loaders.
import type { PartnershipResolvers } from '../../../generated/graphql';

/** Resolvers of the `Partnership` type. */
export const Partnership: PartnershipResolvers = {
  synthetic: (p) => p.synthetic === true,
  statutoryPartners: (p, _a, ctx) => ctx.loaders.statutoryPartnersByPartnershipId.load(p.id),
  olderReviews: (p) =>
    p.olderReviewsNote
      ? {
          note: p.olderReviewsNote,
          url: p.olderReviewsUrl ?? null,
          sourceId: p.olderReviewsSourceId ?? null,
        }
      : null,
  caveats: (p) => p.caveats ?? [],
  statedThemes: (p, _a, ctx) => ctx.loaders.statedThemesByPartnershipId.load(p.id),
};
