// Per-request DataLoaders of the agencies domain: agencies by id, and their lists.
import type { Db } from '../../db/database';
import { Label } from '../../db/schema';
import { manyLoader, oneLoader } from '../../shared/loader-utils';
import { AgencyLists } from '../lists';
import { listBatch, nodeBatch } from '../relations';
import type { RecommendationRecord } from '../recommendations';
import type { ReviewRecord } from '../reviews';
import type { AgencyRecord } from './agencies.model';

const { Agency } = Label;

/** Creates fresh agencies-domain loaders for one request. */
export function createAgencyLoaders(db: Db) {
  return {
    agencyById: oneLoader(nodeBatch<AgencyRecord>(db, 'agency.byIds', Agency)),
    reviewsByAgencyId: manyLoader(
      listBatch<ReviewRecord>(db, 'review.byAgencyIds', Agency, AgencyLists.reviews),
    ),
    recommendationsByAgencyId: manyLoader(
      listBatch<RecommendationRecord>(
        db,
        'recommendation.byAgencyIds',
        Agency,
        AgencyLists.recommendations,
      ),
    ),
  };
}

/** The agencies-domain loaders of one request. */
export type AgencyLoaders = ReturnType<typeof createAgencyLoaders>;
