// Every per-request DataLoader of the API, built fresh for each request by createContext.
import type { Db } from '../db/database';
import { createAgencyLoaders } from './agencies/agencies.loaders';
import { createFindingLoaders } from './findings/findings.loaders';
import { createRecommendationLoaders } from './recommendations/recommendations.loaders';
import { createReviewLoaders } from './reviews/reviews.loaders';
import { createTaxonomyLoaders } from './taxonomies';
import { createThemeLoaders } from './themes/themes.loaders';

/**
 * Creates the DataLoaders of one request. Each batches its keys into one Cypher query and
 * answers in key order, with null (one-item loaders) or [] (list loaders) for misses.
 */
export function createLoaders(db: Db) {
  return {
    ...createReviewLoaders(db),
    ...createThemeLoaders(db),
    ...createAgencyLoaders(db),
    ...createRecommendationLoaders(db),
    ...createTaxonomyLoaders(db),
    ...createFindingLoaders(db),
  };
}

/** The DataLoaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
