// ThemeRecurrence field resolvers: its reviews, only when selected, through the loader of its filter.
import type { ThemeRecurrenceResolvers } from '../../../generated/graphql';
import { pageSize } from '../../../shared/validation';

/** Resolvers of the `ThemeRecurrence` type. */
export const ThemeRecurrence: ThemeRecurrenceResolvers = {
  reviews: (x, { first }, ctx) =>
    ctx.loaders.matchingReviewsByThemeId(x.filter)(pageSize(first)).load(x.theme.id),
};
