// Agency field resolvers: its reviews and recommendations through per-request loaders.
import type { AgencyResolvers } from '../../../generated/graphql';

/** Resolvers of the `Agency` type. */
export const Agency: AgencyResolvers = {
  synthetic: (a) => a.synthetic === true,
  reviews: (a, _x, ctx) => ctx.loaders.reviewsByAgencyId.load(a.id),
  recommendations: (a, _x, ctx) => ctx.loaders.recommendationsByAgencyId.load(a.id),
};
