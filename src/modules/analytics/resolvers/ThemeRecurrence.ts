// ThemeRecurrence field resolvers: its reviews, only when selected (from the index's ids, or
// through the loader of its filter when Cypher answered). Its theme comes with the row.
import type { ThemeRecurrenceResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';
import { pageSize } from '../../../shared/validation';
import { reviewIdsOf } from '../analytics.model';

/** Resolvers of the `ThemeRecurrence` type. */
export const ThemeRecurrence: ThemeRecurrenceResolvers = {
  reviews: (x, { first }, ctx) =>
    x.reviewIds
      ? loadAll(ctx.loaders.reviewById, reviewIdsOf(x.reviewIds, pageSize(first)))
      : ctx.loaders.matchingReviewsByThemeId(x.filter)(pageSize(first)).load(x.themeId),
};
