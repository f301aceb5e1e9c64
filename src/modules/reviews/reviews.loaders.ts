// Per-request DataLoaders of the reviews domain, keyed by id or by the related node's id.
import type { Db } from '../../db/database';
import { manyLoader, oneLoader, scopedManyLoader } from '../../shared/loader-utils';
import type { ReviewFilter } from '../../generated/graphql';
import type { ReviewRecord } from './reviews.model';
import * as repo from './reviews.repository';

/** Creates fresh reviews-domain loaders for one request. */
export function createReviewLoaders(db: Db) {
  return {
    reviewById: oneLoader((ids) => repo.findReviewsByIds(db, ids)),
    reviewsByThemeId: manyLoader((ids) => repo.findReviewsByThemeIds(db, ids)),
    /** Keyed by `scopedKey(themeId, filter)`: the reviews matching the filter that raise the theme. */
    matchingReviewsByThemeId: scopedManyLoader<ReviewFilter, ReviewRecord>((ids, filter) =>
      repo.findMatchingReviewsByThemeIds(db, ids, filter),
    ),
    reviewsByAgencyId: manyLoader((ids) => repo.findReviewsByAgencyIds(db, ids)),
    reviewsByDocumentId: manyLoader((ids) => repo.findReviewsByDocumentIds(db, ids)),
    childrenByReviewId: manyLoader((ids) => repo.findChildrenByReviewIds(db, ids)),
    documentsByReviewId: manyLoader((ids) => repo.findDocumentsByReviewIds(db, ids)),
    documentById: oneLoader((ids) => repo.findDocumentsByIds(db, ids)),
    briefingsByThemeId: manyLoader((ids) => repo.findBriefingsByThemeIds(db, ids)),
    partnershipByReviewId: oneLoader((ids) => repo.findPartnershipByReviewIds(db, ids)),
    partnershipById: oneLoader((ids) => repo.findPartnershipsByIds(db, ids)),
    sourcesByReviewId: manyLoader((ids) => repo.findSourcesByReviewIds(db, ids)),
  };
}

/** The reviews-domain loaders of one request. */
export type ReviewLoaders = ReturnType<typeof createReviewLoaders>;
