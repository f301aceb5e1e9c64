// ThemeCategory field resolvers: its themes through a per-request loader.
import type { ThemeCategoryResolvers } from '../../../generated/graphql';

/** Resolvers of the `ThemeCategory` type. */
export const ThemeCategory: ThemeCategoryResolvers = {
  themes: (c, _a, ctx) => ctx.loaders.themesByCategoryId.load(c.id),
};
