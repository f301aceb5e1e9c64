// The taxonomies domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { CategoryRecurrence } from './resolvers/CategoryRecurrence';
import { recurringCategories } from './resolvers/Query/recurringCategories';
import { taxonomies } from './resolvers/Query/taxonomies';
import { taxonomy } from './resolvers/Query/taxonomy';
import { Taxonomy } from './resolvers/Taxonomy';
import { TaxonomyCategory } from './resolvers/TaxonomyCategory';

export { createTaxonomyLoaders } from './taxonomies.loaders';

/** Resolvers of the taxonomies domain. */
export const taxonomiesResolvers: Resolvers = {
  Query: { taxonomies, taxonomy, recurringCategories },
  Taxonomy,
  TaxonomyCategory,
  CategoryRecurrence,
};
