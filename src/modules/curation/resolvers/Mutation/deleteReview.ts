// Mutation.deleteReview: see reviews.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { deleteReview as run } from '../../reviews.service';

/** Resolves `Mutation.deleteReview` in one transaction that also records the Change. */
export const deleteReview: NonNullable<MutationResolvers['deleteReview']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
