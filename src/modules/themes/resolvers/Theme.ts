// Theme field resolvers: aliases default to the name; relationships go through loaders.
import type { ThemeResolvers } from '../../../generated/graphql';

/** Resolvers of the `Theme` type. */
export const Theme: ThemeResolvers = {
  aliases: (t) => (t.aliases?.length ? t.aliases : [t.name]),
  synthetic: (t) => t.synthetic === true,
  mappings: (t, _a, ctx) => ctx.loaders.mappingsByThemeId.load(t.id),
  version: (t) => t.version ?? 1,
  reviews: (t, _a, ctx) => ctx.loaders.reviewsByThemeId.load(t.id),
  reviewCount: async (t, _a, ctx) => (await ctx.loaders.reviewsByThemeId.load(t.id)).length,
  briefings: (t, _a, ctx) => ctx.loaders.briefingsByThemeId.load(t.id),
  recommendations: (t, _a, ctx) => ctx.loaders.recommendationsByThemeId.load(t.id),
};
