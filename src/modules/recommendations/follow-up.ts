// Recommendation follow-up rules: closed and unknown statuses, status as of a day, overdue.
import type { RecommendationStatus } from '../../generated/graphql';
import { badUserInput } from '../../shared/errors';

/**
 * The status of a recommendation whose status no published source we hold reports: neither open
 * nor closed, never overdue, never an entry of a status history.
 */
export const NOT_KNOWN = 'NOT_KNOWN' satisfies RecommendationStatus;

/** Statuses that close a recommendation; OPEN and IN_PROGRESS are open; NOT_KNOWN is neither. */
export const CLOSED_STATUSES: readonly RecommendationStatus[] = [
  'COMPLETED',
  'NOT_ACCEPTED',
  'SUPERSEDED',
];

/** True when `status` closes a recommendation. */
export const isClosed = (status: string | null | undefined): boolean =>
  status != null && (CLOSED_STATUSES as readonly string[]).includes(status);

/** True when `status` (as of a day) is open: OPEN, IN_PROGRESS, or no entry yet (null). */
export const isOpen = (status: string | null | undefined): boolean =>
  !isClosed(status) && status !== NOT_KNOWN;

/** Today in UTC, `YYYY-MM-DD`. */
export const today = (): string => new Date().toISOString().slice(0, 10);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Validates an `asOf` argument (`YYYY-MM-DD`, a real day); today (UTC) when omitted. */
export function asOfDay(value: string | null | undefined, name = 'asOf'): string {
  if (value == null) return today();
  const ms = DAY.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw badUserInput(`${name}: expected a date "YYYY-MM-DD" (e.g. "2024-03-31"), got "${value}"`);
  }
  return value;
}

/**
 * The status as of `asOf`: the latest history entry dated on or before it (a month counts from
 * its first day); null when the history only starts later; the stored status when there is no
 * history at all (a status a source gave without a date).
 */
export function statusAsOf(
  status: RecommendationStatus,
  history: readonly { status: RecommendationStatus; onSort: string }[],
  asOf: string,
): RecommendationStatus | null {
  if (!history.length) return status;
  let current: RecommendationStatus | null = null;
  for (const entry of history) if (entry.onSort <= asOf) current = entry.status;
  return current;
}

/**
 * Overdue as of `asOf`: the target's last day is before `asOf` and the status then was open (no
 * status yet counts as open). Without a target date, or with a status no source reports
 * (NOT_KNOWN), never overdue: the graph does not claim what it cannot tell.
 */
export function isOverdue(
  targetDue: string | null | undefined,
  statusThen: RecommendationStatus | null,
  asOf: string,
): boolean {
  return targetDue != null && targetDue < asOf && isOpen(statusThen);
}
