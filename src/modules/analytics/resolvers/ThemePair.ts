// ThemePair field resolvers: its themes and reviews through the by-id loaders.
import type { ThemePairResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';
import { pageSize } from '../../../shared/validation';
import { reviewIdsOf } from '../analytics.model';

/** Resolvers of the `ThemePair` type. */
export const ThemePair: ThemePairResolvers = {
  themes: (x, _a, ctx) => x.themes ?? loadAll(ctx.loaders.themeById, x.themeIds),
  reviews: (x, { first }, ctx) =>
    loadAll(ctx.loaders.reviewById, reviewIdsOf(x.reviewIds, pageSize(first))),
};
