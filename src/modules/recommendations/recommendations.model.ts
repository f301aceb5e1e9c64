// Storage-shaped records of the recommendations domain (codegen mappers): plain JS values only.
import type { Connection } from '../../shared/pagination';
import type { RecommendationStatus } from '../../generated/graphql';

/** A Recommendation node's properties plus the id of the review that makes it. */
export interface RecommendationRecord {
  id: string;
  number: number;
  text: string;
  status: RecommendationStatus;
  statusUpdatedOn: string | null;
  synthetic: boolean;
  reviewId: string;
}

/** A page of recommendations. */
export type RecommendationConnectionRecord = Connection<RecommendationRecord>;
