// Theme.findings: the findings on a theme through the per-request loader.
import type { ThemeResolvers } from '../../../generated/graphql';
import { pageSize } from '../../../shared/validation';

/** Resolvers of the findings field of `Theme`. */
export const Theme: ThemeResolvers = {
  findings: (t, { first }, ctx) => ctx.loaders.findingsByThemeId(pageSize(first)).load(t.id),
};
