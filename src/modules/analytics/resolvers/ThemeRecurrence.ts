// ThemeRecurrence field resolvers: its reviews, only when selected, through a (theme, filter) loader.
import type { ThemeRecurrenceResolvers } from '../../../generated/graphql';
import { scopedKey } from '../../../shared/loader-utils';

/** Resolvers of the `ThemeRecurrence` type. */
export const ThemeRecurrence: ThemeRecurrenceResolvers = {
  reviews: (x, _a, ctx) =>
    ctx.loaders.matchingReviewsByThemeId.load(scopedKey(x.theme.id, x.filter)),
};
