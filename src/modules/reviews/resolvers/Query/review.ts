// Query.review: one review by id through the review loader (null when unknown).
import type { QueryResolvers } from '../../../../generated/graphql';

/** Resolves `Query.review`. */
export const review: NonNullable<QueryResolvers['review']> = (_parent, { id }, ctx) =>
  ctx.loaders.reviewById.load(id);
