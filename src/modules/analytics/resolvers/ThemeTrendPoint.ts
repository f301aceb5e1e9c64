// ThemeTrendPoint field resolvers: its reviews through the review-by-id loader.
import type { ThemeTrendPointResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';

/** Resolvers of the `ThemeTrendPoint` type. */
export const ThemeTrendPoint: ThemeTrendPointResolvers = {
  reviews: (x, _a, ctx) => loadAll(ctx.loaders.reviewById, x.reviewIds),
};
