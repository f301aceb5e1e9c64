// Storage-shaped records of the recommendations domain (codegen mappers): plain JS values only.
import type { AgencyRecord } from '../agencies';
import type { PartnershipRecord } from '../reviews';
import type { ThemeRecord } from '../themes';
import type { RecommendationStatus } from '../../generated/graphql';

/** A Recommendation node's properties plus the id of the review that makes it. */
export interface RecommendationRecord {
  id: string;
  number: number;
  text: string;
  /** The latest status (the latest history entry's, or one given without a date; NOT_KNOWN when no source gives one). */
  status: RecommendationStatus;
  /** Date of the latest status entry, null when unknown. */
  statusUpdatedOn: string | null;
  /** `YYYY-MM` or `YYYY-MM-DD`; null when none is known. */
  targetDate?: string | null;
  /** The last day of `targetDate` (`YYYY-MM-DD`; derived by the importer). */
  targetDue?: string | null;
  synthetic: boolean;
  /** Edit counter (absent until the first change through the API: version 1). */
  version?: number | null;
  reviewId: string;
  /** The day `overdue` is judged at, when the query that returned it gave one. */
  asOf?: string;
  /** The lists fetched with it (lookahead prefetch of its review), by field; absent otherwise. */
  addressedTo?: AgencyRecord[];
  themes?: ThemeRecord[];
}

/** One status change of a recommendation (a StatusChange node). */
export interface StatusChangeRecord {
  id: string;
  /** 1-based position in the history, oldest first. */
  seq: number;
  status: RecommendationStatus;
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  on: string;
  /** `on` with `-01` filled in for a month (derived by the importer). */
  onSort: string;
  note: string | null;
  sourceId: string | null;
}

/** The owner of a recommendation: an agency or a partnership, tagged with its GraphQL type. */
export type RecommendationOwnerRecord =
  (AgencyRecord & { __typename: 'Agency' }) | (PartnershipRecord & { __typename: 'Partnership' });

/** Follow-up counts of one owner's recommendations as of a day. */
export interface RecommendationFollowUpRecord {
  owner: RecommendationOwnerRecord | null;
  total: number;
  open: number;
  overdue: number;
  completed: number;
  /** NOT_KNOWN: no published source we hold reports their status. */
  notKnown: number;
  medianDaysToCompletion: number | null;
}
