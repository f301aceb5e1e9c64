// ThemeRecurrence field resolvers: its reviews, only when selected, through the loader of its filter.
import type { ThemeRecurrenceResolvers } from '../../../generated/graphql';

/** Resolvers of the `ThemeRecurrence` type. */
export const ThemeRecurrence: ThemeRecurrenceResolvers = {
  reviews: (x, _a, ctx) => ctx.loaders.matchingReviewsByThemeId(x.filter).load(x.theme.id),
};
