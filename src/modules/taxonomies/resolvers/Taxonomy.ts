// Taxonomy field resolvers: its source and categories through per-request loaders.
import type { TaxonomyResolvers } from '../../../generated/graphql';

/** Resolvers of the `Taxonomy` type. */
export const Taxonomy: TaxonomyResolvers = {
  source: async (x, _a, ctx) => {
    const source = x.sourceId ? await ctx.loaders.sourceById.load(x.sourceId) : null;
    if (!source) throw new Error(`taxonomy ${x.id} has no source`);
    return source;
  },
  categories: (x, _a, ctx) => ctx.loaders.categoriesByTaxonomyId.load(x.id),
};
