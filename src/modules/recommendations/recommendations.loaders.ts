// Per-request DataLoaders of the recommendations domain, keyed by id or by the related node's id.
import type { Db } from '../../db/database';
import { manyLoader, oneLoader } from '../../shared/loader-utils';
import * as repo from './recommendations.repository';

/** Creates fresh recommendations-domain loaders for one request. */
export function createRecommendationLoaders(db: Db) {
  return {
    recommendationById: oneLoader((ids) => repo.findRecommendationsByIds(db, ids)),
    recommendationsByReviewId: manyLoader((ids) => repo.findRecommendationsByReviewIds(db, ids)),
    recommendationsByAgencyId: manyLoader((ids) => repo.findRecommendationsByAgencyIds(db, ids)),
    recommendationsByThemeId: manyLoader((ids) => repo.findRecommendationsByThemeIds(db, ids)),
  };
}

/** The recommendations-domain loaders of one request. */
export type RecommendationLoaders = ReturnType<typeof createRecommendationLoaders>;
