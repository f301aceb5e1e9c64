// Agency field resolvers: its reviews and recommendations through per-request loaders.
import type { AgencyResolvers } from '../../../generated/graphql';
import { pageSize } from '../../../shared/validation';

/** Resolvers of the `Agency` type. */
export const Agency: AgencyResolvers = {
  synthetic: (a) => a.synthetic === true,
  reviews: (a, { first }, ctx) => ctx.loaders.reviewsByAgencyId(pageSize(first)).load(a.id),
  recommendations: (a, { first }, ctx) =>
    ctx.loaders.recommendationsByAgencyId(pageSize(first)).load(a.id),
};
