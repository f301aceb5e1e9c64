// ThemePair field resolvers: its reviews through the review-by-id loader.
import type { ThemePairResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';
import { pageSize } from '../../../shared/validation';

/** Resolvers of the `ThemePair` type. */
export const ThemePair: ThemePairResolvers = {
  reviews: (x, { first }, ctx) =>
    loadAll(ctx.loaders.reviewById, x.reviewIds.slice(0, pageSize(first))),
};
