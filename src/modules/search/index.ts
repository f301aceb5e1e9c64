// The search domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { search } from './resolvers/Query/search';
import { SearchHit } from './resolvers/SearchHit';

/** Resolvers of the search domain. */
export const searchResolvers: Resolvers = {
  Query: { search },
  SearchHit,
};
