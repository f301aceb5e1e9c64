// CategoryRecurrence field resolvers: its first reviews through the review-by-id loader.
import type { CategoryRecurrenceResolvers } from '../../../generated/graphql';
import { loadAll } from '../../../shared/loader-utils';
import { pageSize } from '../../../shared/validation';

/** Resolvers of the `CategoryRecurrence` type. */
export const CategoryRecurrence: CategoryRecurrenceResolvers = {
  reviews: (x, { first }, ctx) =>
    loadAll(ctx.loaders.reviewById, x.reviewIds.slice(0, pageSize(first))),
};
