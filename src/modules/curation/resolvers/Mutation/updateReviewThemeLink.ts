// Mutation.updateReviewThemeLink: see reviews.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { updateReviewThemeLink as run } from '../../reviews.service';

/** Resolves `Mutation.updateReviewThemeLink` in one transaction that also records the Change. */
export const updateReviewThemeLink: NonNullable<MutationResolvers['updateReviewThemeLink']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
