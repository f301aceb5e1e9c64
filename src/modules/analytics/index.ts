// The analytics domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { recurringThemes } from './resolvers/Query/recurringThemes';
import { similarReviews } from './resolvers/Query/similarReviews';
import { themeCooccurrence } from './resolvers/Query/themeCooccurrence';
import { themeTrend } from './resolvers/Query/themeTrend';
import { Review } from './resolvers/Review';
import { SimilarReview } from './resolvers/SimilarReview';
import { ThemePair } from './resolvers/ThemePair';
import { ThemeRecurrence } from './resolvers/ThemeRecurrence';
import { ThemeTrendPoint } from './resolvers/ThemeTrendPoint';

export type { AnalyticsIndex } from './analytics-index';
export { reviewMask } from './analytics-index.filter';
export { AnalyticsIndexKeeper } from './analytics-index.keeper';
export { analyticsWritesPlugin } from './analytics-index.plugin';
export { buildAnalyticsIndex } from './analytics-index.repository';
export { curriculumModules } from './analytics-index.queries';
export {
  currentIndex,
  primePartnerships,
  primeThemes,
  recommendationFollowUp as followUpFromIndex,
} from './analytics.service';
export { timelinessGroups } from './analytics-index.timeliness';

/** Resolvers of the analytics domain. */
export const analyticsResolvers: Resolvers = {
  Query: { recurringThemes, themeCooccurrence, themeTrend, similarReviews },
  Review,
  ThemeRecurrence,
  ThemePair,
  ThemeTrendPoint,
  SimilarReview,
};
