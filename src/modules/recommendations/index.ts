// The recommendations domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { recommendations } from './resolvers/Query/recommendations';
import { Recommendation } from './resolvers/Recommendation';

export type { RecommendationRecord } from './recommendations.model';

/** Resolvers of the recommendations domain. */
export const recommendationsResolvers: Resolvers = {
  Query: { recommendations },
  Recommendation,
};
