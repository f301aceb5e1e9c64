// Per-request DataLoaders of the agencies domain: agencies by id, and their lists.
import type { Db } from '../../db/database';
import { Label } from '../../db/schema';
import { oneLoader } from '../../shared/loader-utils';
import { AgencyLists } from '../lists';
import { firstLoaders, nodeBatch } from '../relations';
import type { RecommendationRecord } from '../recommendations';
import type { ReviewRecord } from '../reviews';
import type { AgencyRecord } from './agencies.model';

const { Agency } = Label;

/** Creates fresh agencies-domain loaders for one request. */
export function createAgencyLoaders(db: Db) {
  return {
    agencyById: oneLoader(nodeBatch<AgencyRecord>(db, 'agency.byIds', Agency)),
    /** Per page size `first`: the first reviews of cases each agency was involved in. */
    reviewsByAgencyId: firstLoaders<ReviewRecord>(
      db,
      'review.byAgencyIds',
      Agency,
      AgencyLists.reviews,
    ),
    /** Per page size `first`: the first recommendations addressed to each agency. */
    recommendationsByAgencyId: firstLoaders<RecommendationRecord>(
      db,
      'recommendation.byAgencyIds',
      Agency,
      AgencyLists.recommendations,
    ),
  };
}

/** The agencies-domain loaders of one request. */
export type AgencyLoaders = ReturnType<typeof createAgencyLoaders>;
