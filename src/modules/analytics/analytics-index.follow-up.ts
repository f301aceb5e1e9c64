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

/** One recommendation as the build query streams it (codes as the index builder handed them out). */
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

/** Collects streamed recommendations; packs them once review positions are known. */
export class RecommendationTableBuilder {
  private readonly reviews: number[] = [];
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

  /** Adds one recommendation of the review that arrived `review`-th (see the index builder). */
  add(review: number, row: IndexRecommendationRow): void {
    this.reviews.push(review);
    this.statuses.push(this.statusCode(row.status));
    this.due.push(dayNumber(row.targetDue));
    this.agencies.push(this.codes(row.agencies));
    this.owners.push(this.codes(row.owners));
    this.themes.push(this.codes(row.themes));
    const h = row.history;
    const entries: number[] = [];
    for (let i = 0; i + 1 < h.length; i += 2) {
      entries.push(this.statusCode(h[i] ?? null));
      const on = h[i + 1];
      this.historyOn.push(on ? dayNumber(on) : NO_DAY);
    }
    this.history.push(entries);
  }

  /** Packs the table; `positionOf[u]` is the position of the review that arrived `u`-th. */
  finish(positionOf: Int32Array): RecommendationTable {
    return {
      review: Uint32Array.from(this.reviews, (u) => positionOf[u] as number),
      status: Uint8Array.from(this.statuses),
      targetDue: Int32Array.from(this.due),
      agencies: this.agencies.pack(),
      owners: this.owners.pack(),
      themes: this.themes.pack(),
      history: { offsets: this.history.pack().offsets },
      historyStatus: Uint8Array.from(this.history.values),
      historyOn: Int32Array.from(this.historyOn),
      statusNames: this.statusNames,
    };
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

  private codes(xs: readonly number[]): number[] {
    const out: number[] = [];
    for (const x of xs) {
      if (x == null || x < 0) this.skipped += 1;
      else out.push(x);
    }
    return out;
  }
}

/** Rows of small integers, packed into a `Csr`. */
class Rows {
  readonly offsets: number[] = [0];
  readonly values: number[] = [];

  push(row: readonly number[]): void {
    for (const v of row) this.values.push(v);
    this.offsets.push(this.values.length);
  }

  pack(): Csr {
    return { offsets: Uint32Array.from(this.offsets), values: Uint32Array.from(this.values) };
  }
}

/** An empty table (an index built without recommendations). */
export const emptyRecommendationTable = (): RecommendationTable =>
  new RecommendationTableBuilder().finish(new Int32Array(0));

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
