// Mutation.restoreReview: see reviews.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { restoreReview as run } from '../../reviews.service';

/** Resolves `Mutation.restoreReview` in one transaction that also records the Change. */
export const restoreReview: NonNullable<MutationResolvers['restoreReview']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
