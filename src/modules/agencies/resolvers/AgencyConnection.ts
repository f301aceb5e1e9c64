// AgencyConnection field resolvers: edges, nodes, totalCount and pageInfo of a page.
import type { AgencyConnectionResolvers } from '../../../generated/graphql';
import { edges, pageInfo } from '../../../shared/pagination';

/** Resolvers of the `AgencyConnection` type. */
export const AgencyConnection: AgencyConnectionResolvers = {
  edges: (c) => edges(c),
  nodes: (c) => c.items,
  totalCount: (c) => c.totalCount,
  pageInfo: (c) => pageInfo(c),
};
