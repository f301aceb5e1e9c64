// ReviewConnection field resolvers: edges, nodes, totalCount and pageInfo of a page.
import type { ReviewConnectionResolvers } from '../../../generated/graphql';
import { edges, pageInfo } from '../../../shared/pagination';

/** Resolvers of the `ReviewConnection` type. */
export const ReviewConnection: ReviewConnectionResolvers = {
  edges: (c) => edges(c),
  nodes: (c) => c.items,
  totalCount: (c) => c.totalCount,
  pageInfo: (c) => pageInfo(c),
};
