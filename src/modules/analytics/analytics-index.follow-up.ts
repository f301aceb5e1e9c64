// Recommendation follow-up answered from the analytics index: per recommendation its review,
// owners, addressees, themes, target day and dated status history, in typed arrays; the same
// groups, counts, medians and order as the recommendations domain's Cypher (the reference).
import type { Csr } from './analytics-index';
import { dayNumber } from './analytics-index';
import type { ReviewMask } from './analytics-index.filter';
import { medianCont } from './analytics-index.timeliness';

/** A history entry without a date: never on or before any day, as in Cypher (`null <= x` is not true). */
const NO_DAY = 0x7fffffff;

/**
 * Every recommendation made by a review (one row per review-recommendation pair), in no
 * particular order. Owners are coded as agency code × 2 or partnership code × 2 + 1, in owner id
 * order, so the first is the owner its follow-up row is counted under.
 */
export interface RecommendationTable {
  /** The review's position. */
  review: Uint32Array;
  /** The stored `status` (the latest entry's, or one given without a date), as a code of `statusNames`. */
  status: Uint8Array;
  /** `targetDue` as YYYYMMDD, 0 when none. */
  targetDue: Int32Array;
  /** Agencies it is addressed to (codes). */
  agencies: Csr;
  /** Its owners, coded as above, ascending by id. */
  owners: Csr;
  /** Themes it addresses (codes). */
  themes: Csr;
  /** Its status history, oldest first: rows of `historyStatus` (codes) and `historyOn` (YYYYMMDD of `onSort`). */
  history: { offsets: Uint32Array };
  historyStatus: Uint8Array;
  historyOn: Int32Array;
  /** Statuses by code ('' for a missing one). */
  statusNames: readonly string[];
}

/** One recommendation given as a record (tests, small inputs; codes as the index builder handed them out). */
export interface IndexRecommendationRow {
  reviewId: string;
  status: string | null;
  targetDue: string | null;
  agencies: readonly number[];
  /** Owners coded as agency × 2 or partnership × 2 + 1, ascending by owner id. */
  owners: readonly number[];
  themes: readonly number[];
  /** `[status, onSort]` per history entry, by `seq`. */
  history: readonly (string | null)[];
}

/**
 * One recommendation as the build query streams it, its links decoded (see
 * analytics-index.repository.ts): the stored status as a code from `statusCodes()` or, for a
 * status not among them, the string (null when missing); codes of its addressees, owners (in any
 * order) and themes; and its history as `[seq, status, onSort]` per entry (status as above), in
 * any order. The builder sorts owners and history; Neo4j need not.
 */
export interface IndexRecommendationParts {
  status: number | string | null;
  targetDue: string | null;
  agencies: readonly number[];
  owners: readonly number[];
  themes: readonly number[];
  history: readonly HistoryEntry[];
}

/** `[seq, status code or string, onSort]`. */
export type HistoryEntry = readonly [number | null, number | string | null, string | null];

/** Collects streamed recommendations by review id; packs them once review positions are known. */
export class RecommendationTableBuilder {
  private readonly reviews: string[] = [];
  private readonly statuses: number[] = [];
  private readonly due: number[] = [];
  private readonly agencies = new Rows();
  private readonly owners = new Rows();
  private readonly themes = new Rows();
  private readonly history = new Rows();
  private readonly historyOn: number[] = [];
  private readonly statusNames: string[] = [];
  /** Codes that did not resolve (a node created while the index was read): the index is stale. */
  skipped = 0;

  /** Adds one recommendation of review `reviewId` given as a record. */
  add(reviewId: string, row: IndexRecommendationRow): void {
    this.start(reviewId, row.status, row.targetDue, row.agencies, row.owners, row.themes);
    const h = row.history;
    const entries: number[] = [];
    for (let i = 0; i + 1 < h.length; i += 2) {
      entries.push(this.statusCode(h[i] ?? null));
      const on = h[i + 1];
      this.historyOn.push(on ? dayNumber(on) : NO_DAY);
    }
    this.history.push(entries);
  }

  /**
   * Codes for the given statuses, as `IndexRecommendationParts` carries them (any status not
   * among them travels as its string); call before any recommendation is added.
   */
  statusCodes(statuses: readonly string[]): Record<string, number> {
    const codes: Record<string, number> = {};
    for (const s of statuses) codes[s] = this.statusCode(s);
    return codes;
  }

  /**
   * Adds one recommendation of review `reviewId` as the build query streams it (`rec` and its
   * lists are copied: the caller may reuse them); `ownerOrder` sorts its owners (by owner id).
   * History entries are taken by `seq` (ascending, a missing one last, ties in arrival order, as
   * Cypher's ORDER BY).
   */
  addParts(
    reviewId: string,
    rec: IndexRecommendationParts,
    ownerOrder: (a: number, b: number) => number,
  ): void {
    const { owners, history } = rec;
    this.reviews.push(reviewId);
    this.statuses.push(this.codeOf(rec.status));
    this.due.push(rec.targetDue ? day(rec.targetDue) : 0);
    this.agencies.push(this.codes(rec.agencies));
    this.owners.push(this.codes(owners.length > 1 ? [...owners].sort(ownerOrder) : owners));
    this.themes.push(this.codes(rec.themes));
    const n = history.length;
    let order: number[] | null = null;
    for (let e = 1; e < n; e++) {
      const a = (history[e - 1] as HistoryEntry)[0];
      const b = (history[e] as HistoryEntry)[0];
      if (b === null || (a !== null && a <= b)) continue;
      order = Array.from({ length: n }, (_, k) => k).sort((x, y) =>
        bySeq((history[x] as HistoryEntry)[0], (history[y] as HistoryEntry)[0]),
      );
      break;
    }
    for (let k = 0; k < n; k++) {
      const [, status, on] = history[order ? (order[k] as number) : k] as HistoryEntry;
      this.history.values.push(this.codeOf(status));
      this.historyOn.push(on ? day(on) : NO_DAY);
    }
    this.history.end();
  }

  private codeOf(status: number | string | null): number {
    return typeof status === 'number' ? status : this.statusCode(status);
  }

  /** Recommendations whose review `known` does not know (created while the index was read). */
  unresolved(known: (reviewId: string) => boolean): number {
    let n = 0;
    for (const id of this.reviews) if (!known(id)) n += 1;
    return n;
  }

  /**
   * Packs the table; `positionOf` gives a review's position, or -1 for a review the index does
   * not hold (its recommendations are left out, see `unresolved`).
   */
  finish(positionOf: (reviewId: string) => number): RecommendationTable {
    const n = this.reviews.length;
    const positions = Int32Array.from(this.reviews, positionOf);
    const keep = positions.every((p) => p >= 0)
      ? null
      : (i: number) => (positions[i] as number) >= 0;
    const rows = (r: Rows) => (keep ? r.filtered(keep) : r);
    const history = rows(this.history);
    const kept = keep ? Array.from({ length: n }, (_, i) => i).filter(keep) : null;
    const pick = <T>(xs: T[]) => (kept ? kept.map((i) => xs[i] as T) : xs);
    const historyOn = keep ? this.history.filteredValues(keep, this.historyOn) : this.historyOn;
    return {
      review: Uint32Array.from(kept ? kept.map((i) => positions[i] as number) : positions),
      status: Uint8Array.from(pick(this.statuses)),
      targetDue: Int32Array.from(pick(this.due)),
      agencies: rows(this.agencies).pack(),
      owners: rows(this.owners).pack(),
      themes: rows(this.themes).pack(),
      history: { offsets: history.pack().offsets },
      historyStatus: Uint8Array.from(history.values),
      historyOn: Int32Array.from(historyOn),
      statusNames: this.statusNames,
    };
  }

  private start(
    reviewId: string,
    status: string | null,
    targetDue: string | null,
    agencies: readonly number[],
    owners: readonly number[],
    themes: readonly number[],
  ): void {
    this.reviews.push(reviewId);
    this.statuses.push(this.statusCode(status));
    this.due.push(targetDue ? day(targetDue) : 0);
    this.agencies.push(this.codes(agencies));
    this.owners.push(this.codes(owners));
    this.themes.push(this.codes(themes));
  }

  private statusCode(status: string | null): number {
    const s = status ?? '';
    let c = this.statusNames.indexOf(s);
    if (c < 0) {
      if (this.statusNames.length > 255)
        throw new Error('analytics index: more than 256 recommendation statuses');
      c = this.statusNames.push(s) - 1;
    }
    return c;
  }

  private codes(xs: readonly number[]): readonly number[] {
    for (const x of xs) {
      if (x == null || x < 0) return this.validCodes(xs);
    }
    return xs;
  }

  private validCodes(xs: readonly number[]): number[] {
    const out: number[] = [];
    for (const x of xs) {
      if (x == null || x < 0) this.skipped += 1;
      else out.push(x);
    }
    return out;
  }
}

/** `dayNumber` without allocating for a well-formed `YYYY-MM-DD` (the common case, millions per build). */
function day(d: string): number {
  if (d.length < 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) return dayNumber(d);
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = d.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return dayNumber(d);
    n = n * 10 + c;
  }
  return n;
}

/** `seq` order as Cypher's ORDER BY: ascending, null last. */
function bySeq(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return a - b;
}

/** Rows of small integers, packed into a `Csr`. */
class Rows {
  readonly offsets: number[] = [0];
  readonly values: number[] = [];

  push(row: readonly number[]): void {
    for (const v of row) this.values.push(v);
    this.offsets.push(this.values.length);
  }

  /** Ends the current row (after pushing its values onto `values`). */
  end(): void {
    this.offsets.push(this.values.length);
  }

  /** The rows `keep` keeps. */
  filtered(keep: (row: number) => boolean): Rows {
    const out = new Rows();
    for (const v of this.filteredValues(keep, this.values)) out.values.push(v);
    for (let i = 0, at = 0; i + 1 < this.offsets.length; i++) {
      if (!keep(i)) continue;
      at += (this.offsets[i + 1] as number) - (this.offsets[i] as number);
      out.offsets.push(at);
    }
    return out;
  }

  /** The values of `data` (parallel to `values`) in the rows `keep` keeps. */
  filteredValues<T>(keep: (row: number) => boolean, data: readonly T[]): T[] {
    const out: T[] = [];
    for (let i = 0; i + 1 < this.offsets.length; i++) {
      if (!keep(i)) continue;
      for (let j = this.offsets[i] as number; j < (this.offsets[i + 1] as number); j++)
        out.push(data[j] as T);
    }
    return out;
  }

  pack(): Csr {
    return { offsets: Uint32Array.from(this.offsets), values: Uint32Array.from(this.values) };
  }
}

/** An empty table (an index built without recommendations). */
export const emptyRecommendationTable = (): RecommendationTable =>
  new RecommendationTableBuilder().finish(() => -1);

/** The conditions of a `RecommendationFilter` besides its review filter (which is the mask). */
export interface FollowUpSelection {
  statuses?: readonly string[] | null;
  agencyIds?: readonly string[] | null;
  ownerAgencyIds?: readonly string[] | null;
  ownerPartnershipIds?: readonly string[] | null;
  themeIds?: readonly string[] | null;
  overdue?: boolean | null;
}

/** The status rules, from the recommendations domain: which statuses close, which is unknown. */
export interface FollowUpRules {
  closed: readonly string[];
  notKnown: string;
  completed: string;
}

/** One owner's counts; `owner` is coded as in `RecommendationTable.owners`, -1 for none. */
export interface IndexFollowUpGroup {
  owner: number;
  total: number;
  open: number;
  overdue: number;
  completed: number;
  notKnown: number;
  medianDaysToCompletion: number | null;
}

/** How owners sort: `toLower(name)` (null last) and id, by owner code. */
export interface OwnerKeys {
  nameKey: (owner: number) => string | null;
  id: (owner: number) => string;
}

const some = (xs: readonly string[] | null | undefined): xs is readonly string[] =>
  xs != null && xs.length > 0;

function anyIn(rows: Csr, i: number, codes: Set<number>): boolean {
  for (let j = rows.offsets[i] as number; j < (rows.offsets[i + 1] as number); j++) {
    if (codes.has(rows.values[j] as number)) return true;
  }
  return false;
}

function codeSet(codes: ReadonlyMap<string, number>, ids: readonly string[], f = (c: number) => c) {
  const out = new Set<number>();
  for (const id of ids) {
    const c = codes.get(id);
    if (c !== undefined) out.add(f(c));
  }
  return out;
}

/** Days from YYYYMMDD `a` to YYYYMMDD `b` (Cypher's `duration.inDays(date(a), date(b)).days`). */
function daysBetween(a: number, b: number): number {
  const utc = (d: number) =>
    Date.UTC(Math.floor(d / 10000), (Math.floor(d / 100) % 100) - 1, d % 100);
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/**
 * Follow-up of the recommendations of reviews passing `mask` and matching `sel`, judged at
 * `asOf` (`YYYY-MM-DD`): per owner (the owner of smallest id; -1 for none) the total, open (no
 * status entry by then counts as open), overdue (open and past the target day), completed, not
 * known, and the median days from the review's publication to the first entry of the trailing
 * run of COMPLETED entries. Most overdue first, then owners before none, by name, then id.
 */
export function followUpGroups(
  ix: {
    recommendations: RecommendationTable;
    day: Int32Array;
    agencyCodes: ReadonlyMap<string, number>;
    partnershipCodes: ReadonlyMap<string, number>;
    themeCodes: ReadonlyMap<string, number>;
  },
  mask: ReviewMask,
  sel: FollowUpSelection,
  asOfDay: string,
  rules: FollowUpRules,
  keys: OwnerKeys,
): IndexFollowUpGroup[] {
  const t = ix.recommendations;
  const asOf = dayNumber(asOfDay);
  const names = t.statusNames;
  const codeOf = (s: string) => names.indexOf(s);
  const isClosedOrUnknown = new Uint8Array(names.length + 1);
  for (const s of [...rules.closed, rules.notKnown]) {
    const c = codeOf(s);
    if (c >= 0) isClosedOrUnknown[c] = 1;
  }
  const completed = codeOf(rules.completed);
  const notKnown = codeOf(rules.notKnown);
  const open = codeOf('') >= 0 ? codeOf('') : -2; // a missing status counts as OPEN (coalesce)

  const statuses = some(sel.statuses) ? new Set(sel.statuses.map(codeOf)) : null;
  const agencies = some(sel.agencyIds) ? codeSet(ix.agencyCodes, sel.agencyIds) : null;
  const owners =
    some(sel.ownerAgencyIds) || some(sel.ownerPartnershipIds)
      ? new Set([
          ...codeSet(ix.agencyCodes, sel.ownerAgencyIds ?? [], (c) => c * 2),
          ...codeSet(ix.partnershipCodes, sel.ownerPartnershipIds ?? [], (c) => c * 2 + 1),
        ])
      : null;
  const themes = some(sel.themeIds) ? codeSet(ix.themeCodes, sel.themeIds) : null;
  const overdueWanted = sel.overdue ?? null;

  const groups = new Map<number, IndexFollowUpGroup & { days: number[] }>();
  const n = t.review.length;
  for (let i = 0; i < n; i++) {
    const p = t.review[i] as number;
    if (mask !== null && mask[p] !== 1) continue;
    if (statuses && !statuses.has(t.status[i] as number)) continue;
    if (agencies && !anyIn(t.agencies, i, agencies)) continue;
    if (owners && !anyIn(t.owners, i, owners)) continue;
    if (themes && !anyIn(t.themes, i, themes)) continue;
    // The status as of the day: the last entry on or before it (none yet: open), or the stored
    // status when there is no history; and the first day of the trailing run of COMPLETED entries.
    const h0 = t.history.offsets[i] as number;
    const h1 = t.history.offsets[i + 1] as number;
    let then = h0 === h1 ? (t.status[i] as number) : -1;
    let completedOn = -1;
    for (let j = h0; j < h1; j++) {
      const on = t.historyOn[j] as number;
      if (on > asOf) continue;
      then = t.historyStatus[j] as number;
      if (then === completed) {
        if (completedOn < 0) completedOn = on;
      } else completedOn = -1;
    }
    if (then === open) then = -1;
    const isOpen = then < 0 || isClosedOrUnknown[then] !== 1;
    const due = t.targetDue[i] as number;
    const pastDue = due !== 0 && due < asOf;
    if (overdueWanted !== null && (pastDue && isOpen) !== overdueWanted) continue;
    const owner =
      t.owners.offsets[i] === t.owners.offsets[i + 1]
        ? -1
        : (t.owners.values[t.owners.offsets[i] as number] as number);
    let g = groups.get(owner);
    if (!g) {
      g = {
        owner,
        total: 0,
        open: 0,
        overdue: 0,
        completed: 0,
        notKnown: 0,
        medianDaysToCompletion: null,
        days: [],
      };
      groups.set(owner, g);
    }
    g.total += 1;
    if (isOpen) g.open += 1;
    if (isOpen && pastDue) g.overdue += 1;
    if (then >= 0 && then === completed) {
      g.completed += 1;
      const published = ix.day[p] as number;
      if (completedOn >= 0 && published !== 0) g.days.push(daysBetween(published, completedOn));
    }
    if (then >= 0 && then === notKnown) g.notKnown += 1;
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.values()]
    .sort((a, b) => {
      if (a.overdue !== b.overdue) return b.overdue - a.overdue;
      if (a.owner < 0 !== b.owner < 0) return a.owner < 0 ? 1 : -1;
      if (a.owner < 0) return 0;
      const na = keys.nameKey(a.owner);
      const nb = keys.nameKey(b.owner);
      if ((na === null) !== (nb === null)) return na === null ? 1 : -1;
      return cmp(na ?? '', nb ?? '') || cmp(keys.id(a.owner), keys.id(b.owner));
    })
    .map(({ days, ...g }) => ({ ...g, medianDaysToCompletion: medianCont(days) }));
}
