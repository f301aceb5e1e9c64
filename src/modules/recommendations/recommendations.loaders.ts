// Per-request DataLoaders of the recommendations domain: recommendations by id, and their lists.
import type { Db } from '../../db/database';
import { Label } from '../../db/schema';
import { manyLoader, oneLoader } from '../../shared/loader-utils';
import type { AgencyRecord } from '../agencies';
import { RecommendationLists } from '../lists';
import { listBatch } from '../relations';
import type { ThemeRecord } from '../themes';
import * as repo from './recommendations.repository';

const { Recommendation } = Label;

/** Creates fresh recommendations-domain loaders for one request. */
export function createRecommendationLoaders(db: Db) {
  return {
    recommendationById: oneLoader((ids) => repo.findRecommendationsByIds(db, ids)),
    statusHistoryByRecommendationId: manyLoader((ids) =>
      repo.findStatusHistoryByRecommendationIds(db, ids),
    ),
    ownerByRecommendationId: oneLoader((ids) => repo.findOwnerByRecommendationIds(db, ids)),
    agenciesByRecommendationId: manyLoader(
      listBatch<AgencyRecord>(
        db,
        'agency.byRecommendationIds',
        Recommendation,
        RecommendationLists.addressedTo,
      ),
    ),
    themesByRecommendationId: manyLoader(
      listBatch<ThemeRecord>(
        db,
        'theme.byRecommendationIds',
        Recommendation,
        RecommendationLists.themes,
      ),
    ),
  };
}

/** The recommendations-domain loaders of one request. */
export type RecommendationLoaders = ReturnType<typeof createRecommendationLoaders>;
