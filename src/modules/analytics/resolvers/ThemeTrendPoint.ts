// ThemeTrendPoint field resolvers: its theme and reviews through the by-id loaders.
import type { ThemeTrendPointResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';
import { pageSize } from '../../../shared/validation';
import { reviewIdsOf } from '../analytics.model';
import { present } from '../analytics.service';

/** Resolvers of the `ThemeTrendPoint` type. */
export const ThemeTrendPoint: ThemeTrendPointResolvers = {
  theme: (x, _a, ctx) => x.theme ?? ctx.loaders.themeById.load(x.themeId).then(present(x.themeId)),
  reviews: (x, { first }, ctx) =>
    loadAll(ctx.loaders.reviewById, reviewIdsOf(x.reviewIds, pageSize(first))),
};
