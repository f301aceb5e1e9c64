// Mutation.deleteRecommendation: see curation.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { deleteRecommendation as run } from '../../curation.service';

/** Resolves `Mutation.deleteRecommendation` in one transaction that also records the Change. */
export const deleteRecommendation: NonNullable<MutationResolvers['deleteRecommendation']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
