// The recommendations domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { recommendationFollowUp } from './resolvers/Query/recommendationFollowUp';
import { recommendations } from './resolvers/Query/recommendations';
import { Recommendation } from './resolvers/Recommendation';
import { RecommendationOwner } from './resolvers/RecommendationOwner';
import { RecommendationStatusChange } from './resolvers/RecommendationStatusChange';

export type { RecommendationRecord } from './recommendations.model';

/** Resolvers of the recommendations domain. */
export const recommendationsResolvers: Resolvers = {
  Query: { recommendations, recommendationFollowUp },
  Recommendation,
  RecommendationOwner,
  RecommendationStatusChange,
};
