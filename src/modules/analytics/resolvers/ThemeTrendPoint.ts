// ThemeTrendPoint field resolvers: its reviews through the review-by-id loader.
import type { ThemeTrendPointResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';
import { pageSize } from '../../../shared/validation';

/** Resolvers of the `ThemeTrendPoint` type. */
export const ThemeTrendPoint: ThemeTrendPointResolvers = {
  reviews: (x, { first }, ctx) =>
    loadAll(ctx.loaders.reviewById, x.reviewIds.slice(0, pageSize(first))),
};
