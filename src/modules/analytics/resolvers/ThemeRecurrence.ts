// ThemeRecurrence field resolvers: its reviews through the review-by-id loader.
import type { ThemeRecurrenceResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';

/** Resolvers of the `ThemeRecurrence` type. */
export const ThemeRecurrence: ThemeRecurrenceResolvers = {
  reviews: (x, _a, ctx) => loadAll(ctx.loaders.reviewById, x.reviewIds),
};
