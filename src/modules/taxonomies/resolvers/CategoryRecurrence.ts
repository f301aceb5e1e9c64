// CategoryRecurrence field resolvers: its reviews through the review-by-id loader.
import type { CategoryRecurrenceResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';

/** Resolvers of the `CategoryRecurrence` type. */
export const CategoryRecurrence: CategoryRecurrenceResolvers = {
  reviews: (x, _a, ctx) => loadAll(ctx.loaders.reviewById, x.reviewIds),
};
