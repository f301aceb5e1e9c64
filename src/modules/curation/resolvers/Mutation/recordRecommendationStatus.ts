// Mutation.recordRecommendationStatus: see recommendations.service.ts.
import type { MutationResolvers } from '../../../../generated/graphql';
import { recordRecommendationStatus as run } from '../../recommendations.service';

/** Resolves `Mutation.recordRecommendationStatus` in one transaction that also records the Change. */
export const recordRecommendationStatus: NonNullable<
  MutationResolvers['recordRecommendationStatus']
> = (_parent, { input }, ctx) => run(ctx, input);
