// The statutory timescales of a case and how long each stage took, in working days in England.
import { addWorkingDays, workingDaysBetween } from '../../shared/working-days';

/** Notify the national Panel within 5 working days of becoming aware (Working Together). */
export const NOTIFICATION_WORKING_DAYS = 5;
/** Hold the rapid review within 15 working days of the notification (Working Together). */
export const RAPID_REVIEW_WORKING_DAYS = 15;

/** The dates the timescales run between (`YYYY-MM-DD`, null when unknown). */
export interface LifecycleDates {
  awareOn?: string | null;
  notifiedOn?: string | null;
  rapidReviewHeldOn?: string | null;
}

/** How long each stage took and whether it was on time; null wherever a date is unknown. */
export interface TimelinessValue {
  notificationWorkingDays: number | null;
  notificationOnTime: boolean | null;
  notificationDueOn: string | null;
  rapidReviewWorkingDays: number | null;
  rapidReviewOnTime: boolean | null;
  rapidReviewDueOn: string | null;
}

/** Working days from `start` to `end`, or null when either is unknown or they are out of order. */
function span(start: string | null | undefined, end: string | null | undefined): number | null {
  if (!start || !end || end < start) return null;
  return workingDaysBetween(start, end);
}

/** The two working-day counts the importer stores on a Review node (for the aggregates). */
export function workingDayCounts(d: LifecycleDates): {
  notificationWorkingDays: number | null;
  rapidReviewWorkingDays: number | null;
} {
  return {
    notificationWorkingDays: span(d.awareOn, d.notifiedOn),
    rapidReviewWorkingDays: span(d.notifiedOn, d.rapidReviewHeldOn),
  };
}

/** The timeliness of one case, from its dates. */
export function timelinessOf(d: LifecycleDates): TimelinessValue {
  const { notificationWorkingDays: n, rapidReviewWorkingDays: rr } = workingDayCounts(d);
  return {
    notificationWorkingDays: n,
    notificationOnTime: n === null ? null : n <= NOTIFICATION_WORKING_DAYS,
    notificationDueOn: d.awareOn ? addWorkingDays(d.awareOn, NOTIFICATION_WORKING_DAYS) : null,
    rapidReviewWorkingDays: rr,
    rapidReviewOnTime: rr === null ? null : rr <= RAPID_REVIEW_WORKING_DAYS,
    rapidReviewDueOn: d.notifiedOn ? addWorkingDays(d.notifiedOn, RAPID_REVIEW_WORKING_DAYS) : null,
  };
}
