// Mutation.addRecommendation: see recommendations.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { addRecommendation as run } from '../../recommendations.service';

/** Resolves `Mutation.addRecommendation` in one transaction that also records the Change. */
export const addRecommendation: NonNullable<MutationResolvers['addRecommendation']> = (
  _parent,
  { input },
  ctx,
) => run(ctx, input);
