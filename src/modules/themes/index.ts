// The themes domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { theme } from './resolvers/Query/theme';
import { themes } from './resolvers/Query/themes';
import { Theme } from './resolvers/Theme';
import { ReviewThemeLink } from './resolvers/ReviewThemeLink';

export type { PartnershipThemeRecord, ReviewThemeLinkRecord, ThemeRecord } from './themes.model';

/** Resolvers of the themes domain. */
export const themesResolvers: Resolvers = {
  Query: { theme, themes },
  Theme,
  ReviewThemeLink,
};
