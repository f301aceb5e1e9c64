// ThemePair field resolvers: its reviews through the review-by-id loader.
import type { ThemePairResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';

/** Resolvers of the `ThemePair` type. */
export const ThemePair: ThemePairResolvers = {
  reviews: (x, _a, ctx) => loadAll(ctx.loaders.reviewById, x.reviewIds),
};
