// The analytics domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { recurringThemes } from './resolvers/Query/recurringThemes';
import { similarReviews } from './resolvers/Query/similarReviews';
import { themeCooccurrence } from './resolvers/Query/themeCooccurrence';
import { themeTrend } from './resolvers/Query/themeTrend';
import { ThemePair } from './resolvers/ThemePair';
import { ThemeRecurrence } from './resolvers/ThemeRecurrence';
import { ThemeTrendPoint } from './resolvers/ThemeTrendPoint';

/** Resolvers of the analytics domain. */
export const analyticsResolvers: Resolvers = {
  Query: { recurringThemes, themeCooccurrence, themeTrend, similarReviews },
  ThemeRecurrence,
  ThemePair,
  ThemeTrendPoint,
};
