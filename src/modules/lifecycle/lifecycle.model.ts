// Storage-shaped records of the lifecycle domain (codegen mappers): plain JS values only.
import type {
  AgeBand,
  HarmType,
  IncidentOutcome,
  RapidReviewDecision,
} from '../../generated/graphql';
import type { SourceRecord } from '../reviews';

/**
 * The lifecycle properties of a Review node. Dates are `YYYY-MM-DD` (the incident month
 * `YYYY-MM`); everything is null (harm types empty) unless a source gives it. The two working-day
 * counts are derived by the importer from the dates, never imported.
 */
export interface ReviewLifecycleProps {
  awareOn?: string | null;
  notifiedOn?: string | null;
  commissionedOn?: string | null;
  rapidReviewHeldOn?: string | null;
  rapidReviewDecision?: RapidReviewDecision | null;
  incidentMonth?: string | null;
  incidentOutcome?: IncidentOutcome | null;
  incidentHarmTypes?: HarmType[] | null;
  incidentAgeBand?: AgeBand | null;
  /** Working days from awareOn to notifiedOn (derived). */
  notificationWorkingDays?: number | null;
  /** Working days from notifiedOn to rapidReviewHeldOn (derived). */
  rapidReviewWorkingDays?: number | null;
}

/** On-time, late and unknown counts of one stage within a timeliness group. */
export interface StageTimelinessRecord {
  onTime: number;
  late: number;
  unknown: number;
  medianWorkingDays: number | null;
}

/** One group of the timeliness aggregate. */
export interface TimelinessGroupRecord {
  key: string;
  /** Set when grouped by partnership. */
  partnershipId: string | null;
  /** Set when grouped by year (null for the `unknown` group). */
  year: number | null;
  reviewCount: number;
  notification: StageTimelinessRecord;
  rapidReview: StageTimelinessRecord;
}

/** A harm category, its source's wording and the source. */
export interface HarmTypeInfoRecord {
  harmType: HarmType;
  label: string;
  usedBy: string;
  source: SourceRecord;
}
