// ThemeConnection field resolvers: edges, nodes, totalCount and pageInfo of a page.
import type { ThemeConnectionResolvers } from '../../../generated/graphql';
import { edges, pageInfo } from '../../../shared/pagination';

/** Resolvers of the `ThemeConnection` type. */
export const ThemeConnection: ThemeConnectionResolvers = {
  edges: (c) => edges(c),
  nodes: (c) => c.items,
  totalCount: (c) => c.totalCount,
  pageInfo: (c) => pageInfo(c),
};
