// Mutation.deleteRecommendation: see recommendations.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { deleteRecommendation as run } from '../../recommendations.service';

/** Resolves `Mutation.deleteRecommendation` in one transaction that also records the Change. */
export const deleteRecommendation: NonNullable<MutationResolvers['deleteRecommendation']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
