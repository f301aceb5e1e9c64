// Per-request DataLoaders of the reviews domain: reviews, documents and partnerships, and their lists.
import type { Db } from '../../db/database';
import { Label } from '../../db/schema';
import { loaderFamily, manyLoader, oneLoader } from '../../shared/loader-utils';
import { whereAll, type CypherFilter } from '../../shared/pagination';
import { DocumentLists, PartnershipLists, ReviewLists, ThemeLists } from '../lists';
import { firstLoaders, listBatch, nodeBatch, oneBatch, type Relation } from '../relations';
import type { AgencyRecord } from '../agencies';
import type { RecommendationRecord } from '../recommendations';
import type { ThemeRecord } from '../themes';
import * as details from './review-details.repository';
import type {
  ChildRecord,
  DocumentRecord,
  PartnershipRecord,
  ReviewRecord,
  SourceCitationRecord,
  SourceRecord,
  UnlistedDocumentRecord,
} from './reviews.model';

const { Review, Document, Partnership, Theme, Source } = Label;

/** A theme's reviews that match a compiled filter. */
const matching = (f: CypherFilter): Relation => ({
  ...ThemeLists.reviews,
  match: (v) => `${ThemeLists.reviews.match(v)} WHERE ${whereAll(f.conditions)}`,
});

/** Creates fresh reviews-domain loaders for one request. */
export function createReviewLoaders(db: Db) {
  const list = <T>(name: string, label: string, rel: Relation) =>
    manyLoader(listBatch<T>(db, name, label, rel));
  return {
    reviewById: oneLoader(nodeBatch<ReviewRecord>(db, 'review.byIds', Review)),
    documentById: oneLoader(nodeBatch<DocumentRecord>(db, 'document.byIds', Document)),
    partnershipById: oneLoader(nodeBatch<PartnershipRecord>(db, 'partnership.byIds', Partnership)),
    partnershipByReviewId: oneLoader(
      oneBatch<PartnershipRecord>(db, 'partnership.byReviewIds', Review, ReviewLists.partnership),
    ),
    childrenByReviewId: list<ChildRecord>('child.byReviewIds', Review, ReviewLists.children),
    documentsByReviewId: list<DocumentRecord>(
      'document.byReviewIds',
      Review,
      ReviewLists.documents,
    ),
    themesByReviewId: list<ThemeRecord>('theme.byReviewIds', Review, ReviewLists.themes),
    agenciesByReviewId: list<AgencyRecord>('agency.byReviewIds', Review, ReviewLists.agencies),
    sourcesByReviewId: list<SourceCitationRecord>(
      'source.byReviewIds',
      Review,
      ReviewLists.sources,
    ),
    sourceById: oneLoader(nodeBatch<SourceRecord>(db, 'source.byIds', Source)),
    unlistedDocumentsByReviewId: list<UnlistedDocumentRecord>(
      'unlistedDocument.byReviewIds',
      Review,
      ReviewLists.unlistedDocuments,
    ),
    involvementsByReviewId: manyLoader((ids) => details.findInvolvementsByReviewIds(db, ids)),
    recommendationsByReviewId: list<RecommendationRecord>(
      'recommendation.byReviewIds',
      Review,
      ReviewLists.recommendations,
    ),
    themesByDocumentId: list<ThemeRecord>('theme.byDocumentIds', Document, DocumentLists.themes),
    reviewsByDocumentId: firstLoaders<ReviewRecord>(
      db,
      'review.byDocumentIds',
      Document,
      DocumentLists.reviews,
    ),
    statutoryPartnersByPartnershipId: list<AgencyRecord>(
      'agency.statutoryPartnersByPartnershipIds',
      Partnership,
      PartnershipLists.statutoryPartners,
    ),
    /**
     * Per compiled filter (one per field that filters), then per page size `first`: the first
     * matching reviews linked to each theme;
     * the filter may hold conditions on the link `l` (its evidence).
     */
    matchingReviewsByThemeId: loaderFamily((f: CypherFilter) =>
      loaderFamily((first: number) =>
        manyLoader(
          listBatch<ReviewRecord>(db, 'review.matchingByThemeIds', Theme, matching(f), {
            limit: '$first',
            params: { ...f.params, first },
          }),
        ),
      ),
    ),
  };
}

/** The reviews-domain loaders of one request. */
export type ReviewLoaders = ReturnType<typeof createReviewLoaders>;
