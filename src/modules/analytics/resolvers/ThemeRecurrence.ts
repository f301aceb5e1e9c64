// ThemeRecurrence field resolvers: its theme, and its reviews only when selected (from the index's
// ids, or through the loader of its filter when Cypher answered).
import type { ThemeRecurrenceResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';
import { pageSize } from '../../../shared/validation';
import { reviewIdsOf } from '../analytics.model';
import { present } from '../analytics.service';

/** Resolvers of the `ThemeRecurrence` type. */
export const ThemeRecurrence: ThemeRecurrenceResolvers = {
  theme: (x, _a, ctx) => x.theme ?? ctx.loaders.themeById.load(x.themeId).then(present(x.themeId)),
  reviews: (x, { first }, ctx) =>
    x.reviewIds
      ? loadAll(ctx.loaders.reviewById, reviewIdsOf(x.reviewIds, pageSize(first)))
      : ctx.loaders.matchingReviewsByThemeId(x.filter)(pageSize(first)).load(x.themeId),
};
