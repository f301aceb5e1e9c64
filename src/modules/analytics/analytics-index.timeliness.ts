// The timeliness aggregate answered from the analytics index: the same groups, counts, medians and
// order as the lifecycle domain's Cypher (which stays the reference).
import type { AnalyticsIndex } from './analytics-index';
import type { ReviewMask } from './analytics-index.filter';

/** On-time, late and unknown counts of one stage and the median of the known working days. */
export interface IndexStage {
  onTime: number;
  late: number;
  unknown: number;
  medianWorkingDays: number | null;
}

/** One group: a partnership id or a year of notification (`id` null: the unknown group). */
export interface IndexTimelinessGroup {
  id: string | null;
  reviewCount: number;
  notification: IndexStage;
  rapidReview: IndexStage;
}

/**
 * Cypher's `percentileCont(x, 0.5)` over `values` (sorted here): the middle value, or the two
 * middle ones weighted as Cypher weighs them; null for no values.
 */
export function medianCont(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const at = 0.5 * (v.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  if (lo === hi) return v[lo] as number;
  return (v[lo] as number) * (hi - at) + (v[hi] as number) * (at - lo);
}

function stage(days: Int32Array, ps: number[], limit: number): IndexStage {
  const known: number[] = [];
  let onTime = 0;
  let late = 0;
  for (const p of ps) {
    const d = days[p] as number;
    if (d < 0) continue;
    known.push(d);
    if (d <= limit) onTime += 1;
    else late += 1;
  }
  return { onTime, late, unknown: ps.length - known.length, medianWorkingDays: medianCont(known) };
}

/**
 * Timeliness of the reviews passing `mask`, grouped by the publishing partnership of smallest id
 * (ordered by lower-cased name, then id; reviews without one last) or by year of notification
 * (ascending; the unknown year last). A stage is on time at most `limits` working days.
 */
export function timelinessGroups(
  ix: AnalyticsIndex,
  mask: ReviewMask,
  groupBy: 'PARTNERSHIP' | 'YEAR',
  limits: { notification: number; rapidReview: number },
): IndexTimelinessGroup[] {
  const byKey = new Map<number, number[]>();
  const keyOf = groupBy === 'PARTNERSHIP' ? ix.firstPartnership : ix.notifiedYear;
  const none = groupBy === 'PARTNERSHIP' ? -1 : 0;
  for (let p = 0; p < ix.size; p++) {
    if (mask !== null && mask[p] !== 1) continue;
    const k = keyOf[p] as number;
    const list = byKey.get(k);
    if (list) list.push(p);
    else byKey.set(k, [p]);
  }
  const partnershipIds = [...ix.partnershipCodes.keys()];
  const idOf = (k: number): string | null =>
    k === none ? null : groupBy === 'PARTNERSHIP' ? (partnershipIds[k] as string) : String(k);
  const keys = [...byKey.keys()].sort((a, b) => {
    if ((a === none) !== (b === none)) return a === none ? 1 : -1;
    if (groupBy === 'YEAR') return a - b;
    const na = ix.partnershipNameKeys[a] as string;
    const nb = ix.partnershipNameKeys[b] as string;
    const ia = idOf(a) as string;
    const ib = idOf(b) as string;
    return na < nb ? -1 : na > nb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  return keys.map((k) => {
    const ps = byKey.get(k) as number[];
    return {
      id: idOf(k),
      reviewCount: ps.length,
      notification: stage(ix.notificationDays, ps, limits.notification),
      rapidReview: stage(ix.rapidReviewDays, ps, limits.rapidReview),
    };
  });
}
