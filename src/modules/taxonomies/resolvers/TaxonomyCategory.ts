// TaxonomyCategory field resolvers: its taxonomy, source and mapped themes through loaders.
import type { TaxonomyCategoryResolvers } from '../../../generated/graphql';

/** Resolvers of the `TaxonomyCategory` type. */
export const TaxonomyCategory: TaxonomyCategoryResolvers = {
  taxonomy: async (c, _a, ctx) => {
    const taxonomy = await ctx.loaders.taxonomyById.load(c.taxonomyId);
    if (!taxonomy) throw new Error(`category ${c.id} has no taxonomy`);
    return taxonomy;
  },
  source: (c, _a, ctx) => (c.sourceId ? ctx.loaders.sourceById.load(c.sourceId) : null),
  themes: (c, _a, ctx) => ctx.loaders.themesByCategoryId.load(c.id),
};
