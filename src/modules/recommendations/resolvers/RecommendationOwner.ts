// RecommendationOwner: an agency or a partnership, told apart by the type tag the repository adds.
import type { RecommendationOwnerResolvers } from '../../../generated/graphql';

/** Resolvers of the `RecommendationOwner` union. */
export const RecommendationOwner: RecommendationOwnerResolvers = {
  __resolveType: (o) => o.__typename,
};
