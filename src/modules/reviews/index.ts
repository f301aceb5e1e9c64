// The reviews domain's resolvers, merged by src/modules/index.ts.
import type { Resolvers } from '../../generated/graphql';
import { Child } from './resolvers/Child';
import { Document } from './resolvers/Document';
import { Partnership } from './resolvers/Partnership';
import { partnership } from './resolvers/Query/partnership';
import { partnerships } from './resolvers/Query/partnerships';
import { review } from './resolvers/Query/review';
import { reviews } from './resolvers/Query/reviews';
import { Review } from './resolvers/Review';
import { Involvement, OlderReviews, PartnershipTheme, UnlistedDocument } from './resolvers/sourced';

export { reviewFilterCypher, reviewOrderBy } from './review-filter';
export { anyLists, reviewProjection } from './review-links';
export { findReviewsByIdsProjected } from './reviews.repository';
export type {
  DocumentRecord,
  PartnershipRecord,
  ReviewRecord,
  SourceRecord,
} from './reviews.model';

/** Resolvers of the reviews domain. */
export const reviewsResolvers: Resolvers = {
  Query: { review, reviews, partnership, partnerships },
  Review,
  Child,
  Document,
  Partnership,
  Involvement,
  UnlistedDocument,
  OlderReviews,
  PartnershipTheme,
};
