// Partnership field resolvers: statutory partners through a per-request loader.
import type { PartnershipResolvers } from '../../../generated/graphql';

/** Resolvers of the `Partnership` type. */
export const Partnership: PartnershipResolvers = {
  synthetic: (p) => p.synthetic === true,
  statutoryPartners: (p, _a, ctx) => ctx.loaders.statutoryPartnersByPartnershipId.load(p.id),
};
