// Theme.findings: the findings on a theme through the per-request loader.
import type { ThemeResolvers } from '../../../generated/graphql';

/** Resolvers of the findings field of `Theme`. */
export const Theme: ThemeResolvers = {
  findings: (t, _a, ctx) => ctx.loaders.findingsByThemeId.load(t.id),
};
