// Mutation.linkReviewTheme: see reviews.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { linkReviewTheme as run } from '../../reviews.service';

/** Resolves `Mutation.linkReviewTheme` in one transaction that also records the Change. */
export const linkReviewTheme: NonNullable<MutationResolvers['linkReviewTheme']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
