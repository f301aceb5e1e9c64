// The themes domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { theme } from './resolvers/Query/theme';
import { themeCategories } from './resolvers/Query/themeCategories';
import { themes } from './resolvers/Query/themes';
import { Theme } from './resolvers/Theme';
import { ThemeCategory } from './resolvers/ThemeCategory';

export type { ThemeRecord } from './themes.model';

/** Resolvers of the themes domain. */
export const themesResolvers: Resolvers = {
  Query: { theme, themes, themeCategories },
  Theme,
  ThemeCategory,
};
