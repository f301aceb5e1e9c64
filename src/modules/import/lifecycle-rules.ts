// Rules on a case's dates and a recommendation's status history: each in order, each fault with its place.
import type { ImportFile, ImportIssue, ImportRecommendation, ImportReview } from './import-format';

const CLOSED = new Set(['COMPLETED', 'NOT_ACCEPTED', 'SUPERSEDED']);

/** First and last day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date (a day is both). */
function span(date: string): { first: string; last: string } {
  if (date.length === 10) return { first: date, last: date };
  if (date.length === 4) return { first: `${date}-01-01`, last: `${date}-12-31` };
  const [y, m] = date.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${date}-01`, last: `${date}-${String(days).padStart(2, '0')}` };
}

/**
 * True when `earlier` certainly comes after `later` (with months, when no day of them could be in
 * order); `strict` also refuses the same day.
 */
function outOfOrder(earlier: string, later: string, strict: boolean): boolean {
  const a = span(earlier).first;
  const b = span(later).last;
  return strict ? a >= b : a > b;
}

/** One dated step of a case and its field. */
interface Step {
  field: string;
  value: string;
}

/**
 * A case's steps in order: incident month, aware, notified, rapid review, commissioned, published.
 * Each known date must be on or after the known one before it, and publication strictly after
 * the rapid review.
 */
function caseSteps(r: ImportReview): Step[] {
  const steps: [string, string | null | undefined][] = [
    ['incident.month', r.incident?.month],
    ['awareOn', r.awareOn],
    ['notifiedOn', r.notifiedOn],
    ['rapidReview.heldOn', r.rapidReview?.heldOn],
    ['commissionedOn', r.commissionedOn],
    ['publishedOn', r.publishedOn],
  ];
  return steps.flatMap(([field, value]) => (value ? [{ field, value }] : []));
}

function caseIssues(r: ImportReview, at: string, issues: ImportIssue[]): void {
  const steps = caseSteps(r);
  for (let i = 1; i < steps.length; i += 1) {
    const before = steps[i - 1] as Step;
    const step = steps[i] as Step;
    const strict = step.field === 'publishedOn' && before.field === 'rapidReview.heldOn';
    if (!outOfOrder(before.value, step.value, strict)) continue;
    const p = `${at}.${step.field}`;
    issues.push({
      path: p,
      message: `${p}: expected a date ${strict ? 'after' : 'on or after'} ${before.field} ("${before.value}"), got "${step.value}"`,
    });
  }
}

function recommendationIssues(q: ImportRecommendation, at: string, issues: ImportIssue[]): void {
  if (q.ownerAgencyId && q.ownerPartnershipId) {
    const p = `${at}.ownerPartnershipId`;
    issues.push({
      path: p,
      message: `${p}: expected one owner, ownerAgencyId or ownerPartnershipId, got both ("${q.ownerAgencyId}" and "${q.ownerPartnershipId}")`,
    });
  }
  const history = q.statusHistory ?? [];
  history.forEach((entry, k) => {
    const prev = history[k - 1];
    if (!prev) return;
    const p = `${at}.statusHistory[${k}]`;
    if (outOfOrder(prev.on, entry.on, false)) {
      issues.push({
        path: `${p}.on`,
        message: `${p}.on: expected a date on or after statusHistory[${k - 1}].on ("${prev.on}"), got "${entry.on}"`,
      });
    }
    if (CLOSED.has(prev.status) && CLOSED.has(entry.status)) {
      issues.push({
        path: `${p}.status`,
        message: `${p}.status: expected OPEN or IN_PROGRESS after ${prev.status} (a closed status comes last unless the recommendation is reopened), got "${entry.status}"`,
      });
    }
  });
  const last = history[history.length - 1];
  if (last && q.status && q.status !== last.status) {
    issues.push({
      path: `${at}.status`,
      message: `${at}.status: expected the status of the latest statusHistory entry ("${last.status}") or no status, got "${q.status}"`,
    });
  }
  if (q.status === 'NOT_KNOWN' && q.statusUpdatedOn) {
    issues.push({
      path: `${at}.statusUpdatedOn`,
      message: `${at}.statusUpdatedOn: expected no date with status NOT_KNOWN (no source reports a status, so none has a date), got "${q.statusUpdatedOn}"`,
    });
  }
  if (last && q.statusUpdatedOn && q.statusUpdatedOn !== last.on) {
    issues.push({
      path: `${at}.statusUpdatedOn`,
      message: `${at}.statusUpdatedOn: expected the date of the latest statusHistory entry ("${last.on}") or no date, got "${q.statusUpdatedOn}"`,
    });
  }
}

/**
 * The lifecycle rules of a structurally valid file: a case's dates in order (incident month,
 * aware, notified, rapid review, commissioned, then publication strictly after the rapid review);
 * a recommendation's status history in date order, a closed status last unless reopened, `status`
 * and `statusUpdatedOn` agreeing with the history's latest entry, no date for a NOT_KNOWN status,
 * and at most one owner.
 */
export function lifecycleIssues(file: ImportFile, issues: ImportIssue[]): void {
  file.reviews.forEach((r, i) => {
    caseIssues(r, `reviews[${i}]`, issues);
    r.recommendations?.forEach((q, j) =>
      recommendationIssues(q, `reviews[${i}].recommendations[${j}]`, issues),
    );
  });
}
