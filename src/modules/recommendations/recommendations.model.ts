// Storage-shaped records of the recommendations domain (codegen mappers): plain JS values only.
import type { Connection } from '../../shared/pagination';
import type { ReviewFilterInput } from '../reviews/review-filter';

/** A Recommendation node's properties plus the id of the review that makes it. */
export interface RecommendationRecord {
  id: string;
  number: number;
  text: string;
  status: string;
  statusUpdatedOn: string | null;
  synthetic: boolean;
  reviewId: string;
}

/** A page of recommendations. */
export type RecommendationConnectionRecord = Connection<RecommendationRecord>;

/** The RecommendationFilter input as resolvers receive it. */
export interface RecommendationFilterInput {
  statuses?: readonly string[] | null;
  agencyIds?: readonly string[] | null;
  themeIds?: readonly string[] | null;
  review?: ReviewFilterInput | null;
}
