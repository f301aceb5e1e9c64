// RecommendationConnection field resolvers: edges, nodes, totalCount and pageInfo of a page.
import type { RecommendationConnectionResolvers } from '../../../generated/graphql';
import { edges, pageInfo } from '../../../shared/pagination';

/** Resolvers of the `RecommendationConnection` type. */
export const RecommendationConnection: RecommendationConnectionResolvers = {
  edges: (c) => edges(c),
  nodes: (c) => c.items,
  totalCount: (c) => c.totalCount,
  pageInfo: (c) => pageInfo(c),
};
