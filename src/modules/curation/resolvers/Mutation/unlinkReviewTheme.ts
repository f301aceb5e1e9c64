// Mutation.unlinkReviewTheme: see reviews.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { unlinkReviewTheme as run } from '../../reviews.service';

/** Resolves `Mutation.unlinkReviewTheme` in one transaction that also records the Change. */
export const unlinkReviewTheme: NonNullable<MutationResolvers['unlinkReviewTheme']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
