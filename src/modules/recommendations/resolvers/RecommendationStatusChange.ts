// RecommendationStatusChange field resolvers: the source that reports the change, through the loader.
import type { RecommendationStatusChangeResolvers } from '../../../generated/graphql';

/** Resolvers of the `RecommendationStatusChange` type. */
export const RecommendationStatusChange: RecommendationStatusChangeResolvers = {
  source: (s, _a, ctx) => (s.sourceId ? ctx.loaders.sourceById.load(s.sourceId) : null),
};
