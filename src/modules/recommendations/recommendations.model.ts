// Storage-shaped records of the recommendations domain (codegen mappers): plain JS values only.
import type { AgencyRecord } from '../agencies';
import type { ThemeRecord } from '../themes';
import type { RecommendationStatus } from '../../generated/graphql';

/** A Recommendation node's properties plus the id of the review that makes it. */
export interface RecommendationRecord {
  id: string;
  number: number;
  text: string;
  status: RecommendationStatus;
  statusUpdatedOn: string | null;
  synthetic: boolean;
  /** Edit counter (absent until the first change through the API: version 1). */
  version?: number | null;
  reviewId: string;
  /** The lists fetched with it (lookahead prefetch of its review), by field; absent otherwise. */
  addressedTo?: AgencyRecord[];
  themes?: ThemeRecord[];
}
