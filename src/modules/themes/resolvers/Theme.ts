// Theme field resolvers: aliases default to the name; relationships go through loaders.
import type { ThemeResolvers } from '../../../generated/graphql';
import { pageSize } from '../../../shared/validation';

/** Resolvers of the `Theme` type. */
export const Theme: ThemeResolvers = {
  aliases: (t) => (t.aliases?.length ? t.aliases : [t.name]),
  synthetic: (t) => t.synthetic === true,
  mappings: (t, _a, ctx) => ctx.loaders.mappingsByThemeId.load(t.id),
  version: (t) => t.version ?? 1,
  reviews: (t, { first }, ctx) => ctx.loaders.reviewsByThemeId(pageSize(first)).load(t.id),
  reviewCount: async (t, _a, ctx) => (await ctx.loaders.reviewCountByThemeId.load(t.id)) ?? 0,
  briefings: (t, { first }, ctx) => ctx.loaders.briefingsByThemeId(pageSize(first)).load(t.id),
  recommendations: (t, { first }, ctx) =>
    ctx.loaders.recommendationsByThemeId(pageSize(first)).load(t.id),
};
