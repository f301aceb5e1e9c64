// Per-request DataLoaders of the agencies domain, keyed by id or by the related node's id.
import type { Db } from '../../db/database';
import { manyLoader, oneLoader } from '../../shared/loader-utils';
import * as repo from './agencies.repository';

/** Creates fresh agencies-domain loaders for one request. */
export function createAgencyLoaders(db: Db) {
  return {
    agencyById: oneLoader((ids) => repo.findAgenciesByIds(db, ids)),
    agenciesByReviewId: manyLoader((ids) => repo.findAgenciesByReviewIds(db, ids)),
    agenciesByRecommendationId: manyLoader((ids) => repo.findAgenciesByRecommendationIds(db, ids)),
    statutoryPartnersByPartnershipId: manyLoader((ids) =>
      repo.findStatutoryPartnersByPartnershipIds(db, ids),
    ),
  };
}

/** The agencies-domain loaders of one request. */
export type AgencyLoaders = ReturnType<typeof createAgencyLoaders>;
