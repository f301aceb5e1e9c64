// The analytics questions answered from the index: ids and numbers, in the orders the Cypher gives.
import type { AnalyticsIndex } from './analytics-index';
import { maskSpan, type ReviewMask } from './analytics-index.filter';

/** A theme's recurrence among the matching reviews. */
export interface IndexRecurrence {
  themeId: string;
  reviewCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
  /** Its reviews, newest first (computed when asked). */
  reviewIds: () => string[];
}

/** Two themes (in name order) raised together. */
export interface IndexPair {
  themeIds: [string, string];
  reviewCount: number;
  reviewIds: () => string[];
}

/** One theme in one year. */
export interface IndexTrendPoint {
  themeId: string;
  year: number;
  reviewCount: number;
  reviewIds: () => string[];
}

/** A review similar to another. */
export interface IndexSimilar {
  reviewId: string;
  score: number;
  sharedThemeIds: string[];
}

/** One curriculum module's evidence. */
export interface IndexModule {
  themeId: string;
  reviewIds: string[];
  years: number[];
  briefingIds: string[];
  relatedThemeIds: string[];
  /** Findings about the theme of the module's reviews, newest review first, then in review order. */
  findingIds: string[];
}

const passes = (mask: ReviewMask, p: number) => mask === null || mask[p] === 1;

/** Positions of theme `t`'s reviews passing `mask` through a link with evidence in `ev`. */
function matching(ix: AnalyticsIndex, t: number, mask: ReviewMask, ev: number): number[] {
  const out: number[] = [];
  const { offsets, values } = ix.postings;
  for (let j = offsets[t] as number; j < (offsets[t + 1] as number); j++) {
    const p = values[j] as number;
    if ((ix.postingEvidence[j] as number) & ev && passes(mask, p)) out.push(p);
  }
  return out;
}

const idsOf = (ix: AnalyticsIndex, positions: number[]) => () =>
  positions.map((p) => ix.reviewIds[p] as string);

/** Themes of review `p` linked with evidence in `ev`, ascending codes. */
function themesOf(ix: AnalyticsIndex, p: number, ev: number): number[] {
  const out: number[] = [];
  const { offsets, values } = ix.reviewThemes;
  for (let j = offsets[p] as number; j < (offsets[p + 1] as number); j++) {
    if ((ix.reviewEvidence[j] as number) & ev) out.push(values[j] as number);
  }
  return out;
}

/** Themes raised by at least `minReviews` matching reviews: most first, then by name. */
export function recurringThemes(
  ix: AnalyticsIndex,
  minReviews: number,
  mask: ReviewMask,
  ev: number,
): IndexRecurrence[] {
  const nt = ix.themeIds.length;
  const count = new Uint32Array(nt);
  const lo = new Int32Array(nt).fill(0x7fffffff);
  const hi = new Int32Array(nt).fill(-1);
  const tally = (t: number, p: number) => {
    count[t] = (count[t] as number) + 1;
    const d = ix.dateRank[p] as number;
    if (d >= 0) {
      if (d < (lo[t] as number)) lo[t] = d;
      if (d > (hi[t] as number)) hi[t] = d;
    }
  };
  if (mask !== null && selective(ix, mask)) {
    // Few reviews pass: walk their own themes instead of every theme's whole posting list.
    const { offsets, values } = ix.reviewThemes;
    const [first, last] = maskSpan(ix, mask);
    for (let p = first; p <= last; p++) {
      if (mask[p] !== 1) continue;
      for (let j = offsets[p] as number; j < (offsets[p + 1] as number); j++) {
        if ((ix.reviewEvidence[j] as number) & ev) tally(values[j] as number, p);
      }
    }
  } else {
    const { offsets, values } = ix.postings;
    for (let t = 0; t < nt; t++) {
      for (let j = offsets[t] as number; j < (offsets[t + 1] as number); j++) {
        const p = values[j] as number;
        if ((ix.postingEvidence[j] as number) & ev && passes(mask, p)) tally(t, p);
      }
    }
  }
  // Most reviews first, then by code (name order): sorted as numbers, count descending in the
  // high part and the code in the low part, so no comparator runs per pair.
  const keys: number[] = [];
  for (let t = 0; t < nt; t++) {
    const c = count[t] as number;
    if (c >= minReviews && c > 0) keys.push((0xffffffff - c) * nt + t);
  }
  const order = Float64Array.from(keys).sort();
  const out: IndexRecurrence[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const t = (order[i] as number) % nt;
    const latest = hi[t] as number;
    out[i] = {
      themeId: ix.themeIds[t] as string,
      reviewCount: count[t] as number,
      firstPublished: latest < 0 ? null : (ix.dateOn[lo[t] as number] as string),
      lastPublished: latest < 0 ? null : (ix.dateOn[latest] as string),
      reviewIds: () => matching(ix, t, mask, ev).map((p) => ix.reviewIds[p] as string),
    };
  }
  return out;
}

/**
 * Whether walking the passing reviews' themes reads fewer links than walking every posting list:
 * true when under a quarter of the reviews pass (links are spread evenly enough for that bound).
 */
function selective(ix: AnalyticsIndex, mask: Uint8Array): boolean {
  let passing = 0;
  const [first, last] = maskSpan(ix, mask);
  for (let p = first; p <= last; p++) passing += mask[p] as number;
  return passing * 4 < ix.size;
}

/**
 * Pairs of themes raised together by at least `minReviews` matching reviews: only those with
 * `themeId` when given, only those of two themes of `themeIds` when given.
 */
export function themeCooccurrence(
  ix: AnalyticsIndex,
  scope: { minReviews: number; themeId: string | null; themeIds: readonly string[] | null },
  mask: ReviewMask,
  ev: number,
  densePairs = DENSE_PAIRS,
): IndexPair[] {
  const { minReviews, themeId, themeIds } = scope;
  const nt = ix.themeIds.length;
  const only = themeId === null ? -1 : (ix.themeCodes.get(themeId) ?? -2);
  if (only === -2) return [];
  // Themes a pair may hold (null: any).
  let allowed: Uint8Array | null = null;
  if (themeIds !== null) {
    allowed = new Uint8Array(nt);
    for (const id of themeIds) {
      const t = ix.themeCodes.get(id);
      if (t !== undefined) allowed[t] = 1;
    }
  }
  // Reviews per pair (a < b, codes) at a * nt + b: in a reused dense array while the theme count
  // keeps it small (`touched` lists the pairs seen, to read and zero them), else in a map.
  const dense = nt * nt <= densePairs ? scratch(nt * nt) : null;
  const sparse = dense ? null : new Map<number, number>();
  const touched: number[] = [];
  const add = (key: number) => {
    if (dense) {
      if (dense[key] === 0) touched.push(key);
      dense[key] = (dense[key] as number) + 1;
    } else {
      const c = (sparse as Map<number, number>).get(key);
      if (c === undefined) touched.push(key);
      (sparse as Map<number, number>).set(key, (c ?? 0) + 1);
    }
  };
  const { offsets, values } = ix.reviewThemes;
  const ts: number[] = [];
  const visit = (p: number) => {
    ts.length = 0;
    for (let j = offsets[p] as number; j < (offsets[p + 1] as number); j++) {
      const t = values[j] as number;
      if ((ix.reviewEvidence[j] as number) & ev && (allowed === null || allowed[t] === 1))
        ts.push(t);
    }
    for (let i = 0; i < ts.length; i++) {
      const a = ts[i] as number;
      for (let k = i + 1; k < ts.length; k++) {
        const b = ts[k] as number;
        if (only >= 0 && a !== only && b !== only) continue;
        add(a * nt + b);
      }
    }
  };
  if (only >= 0) for (const p of matching(ix, only, mask, ev)) visit(p);
  else {
    const [first, last] = maskSpan(ix, mask);
    for (let p = first; p <= last; p++) if (passes(mask, p)) visit(p);
  }
  const pairs: { a: number; b: number; count: number }[] = [];
  for (const key of touched) {
    const count = dense
      ? (dense[key] as number)
      : ((sparse as Map<number, number>).get(key) as number);
    if (dense) dense[key] = 0;
    if (count >= minReviews) pairs.push({ a: Math.floor(key / nt), b: key % nt, count });
  }
  pairs.sort((x, y) => y.count - x.count || x.a - y.a || x.b - y.b);
  return pairs.map(({ a, b, count }) => ({
    themeIds: [ix.themeIds[a] as string, ix.themeIds[b] as string],
    reviewCount: count,
    reviewIds: () => {
      const inB = new Set(matching(ix, b, mask, ev));
      return matching(ix, a, mask, ev)
        .filter((p) => inB.has(p))
        .map((p) => ix.reviewIds[p] as string);
    },
  }));
}

/** Per theme (by name) and year (ascending), the matching reviews of known year raising it. */
export function themeTrend(
  ix: AnalyticsIndex,
  themeIds: readonly string[] | null,
  mask: ReviewMask,
  ev: number,
): IndexTrendPoint[] {
  const codes =
    themeIds === null
      ? ix.themeIds.map((_, t) => t)
      : [...new Set(themeIds.map((id) => ix.themeCodes.get(id)))]
          .filter((t): t is number => t !== undefined)
          .sort((a, b) => a - b);
  const out: IndexTrendPoint[] = [];
  for (const t of codes) {
    const byYear = new Map<number, number[]>();
    for (const p of matching(ix, t, mask, ev)) {
      const y = ix.year[p] as number;
      if (y === 0) continue;
      const list = byYear.get(y);
      if (list) list.push(p);
      else byYear.set(y, [p]);
    }
    for (const y of [...byYear.keys()].sort((a, b) => a - b)) {
      const ps = byYear.get(y) as number[];
      out.push({
        themeId: ix.themeIds[t] as string,
        year: y,
        reviewCount: ps.length,
        reviewIds: idsOf(ix, ps),
      });
    }
  }
  return out;
}

/**
 * Other reviews (passing `mask`) sharing a theme with `reviewId`, by Jaccard score of the theme
 * sets, then shared count, then title: the top `first`, each with its shared themes by name.
 */
export function similarReviews(
  ix: AnalyticsIndex,
  reviewId: string,
  first: number,
  mask: ReviewMask,
  ev: number,
): IndexSimilar[] {
  const src = ix.positionById.get(reviewId);
  if (src === undefined || first <= 0) return [];
  const srcThemes = themesOf(ix, src, ev);
  // Themes shared with each other review, counted in a scratch array; `touched` lists the reviews
  // that share any (the array is zeroed again through it before returning).
  const shared = scratch(ix.size);
  const touched: number[] = [];
  const { offsets, values } = ix.postings;
  for (const t of srcThemes) {
    for (let j = offsets[t] as number; j < (offsets[t + 1] as number); j++) {
      const p = values[j] as number;
      if (p === src || !((ix.postingEvidence[j] as number) & ev) || !passes(mask, p)) continue;
      if (shared[p] === 0) touched.push(p);
      shared[p] = (shared[p] as number) + 1;
    }
  }
  // The best `first` by score, then shared themes, then title (Jaccard: shared / union), kept in
  // order as they are found, so no list of every candidate is sorted.
  const best: { p: number; n: number; score: number }[] = [];
  const before = (a: { p: number; n: number; score: number }, b: typeof a) =>
    a.score > b.score ||
    (a.score === b.score &&
      (a.n > b.n ||
        (a.n === b.n && (ix.titleRank[a.p] as number) < (ix.titleRank[b.p] as number))));
  for (const p of touched) {
    const n = shared[p] as number;
    const own = ev === 0xff ? themeCount(ix, p) : themesOf(ix, p, ev).length;
    const c = { p, n, score: n / (srcThemes.length + own - n) };
    if (best.length === first && !before(c, best[first - 1] as typeof c)) continue;
    let i = Math.min(best.length, first - 1);
    if (best.length < first) best.push(c);
    while (i > 0 && before(c, best[i - 1] as typeof c)) {
      best[i] = best[i - 1] as typeof c;
      i--;
    }
    best[i] = c;
  }
  for (const p of touched) shared[p] = 0;
  return best.map(({ p, score }) => ({
    reviewId: ix.reviewIds[p] as string,
    score,
    // Both lists ascend by code (name order), so the shared themes come out in name order.
    sharedThemeIds: intersect(srcThemes, themesOf(ix, p, ev)).map((t) => ix.themeIds[t] as string),
  }));
}

/**
 * `n` zeroed counters, one array reused by every question (they run one at a time, to the end,
 * and each zeroes what it used before returning).
 */
let counters = new Uint32Array(0);
function scratch(n: number): Uint32Array {
  if (counters.length < n) counters = new Uint32Array(n);
  return counters;
}

/** Values in both ascending lists, ascending. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

/** Pair counters kept in a dense array up to this many pairs (4 bytes each: 16 MB, about 2,000 themes). */
const DENSE_PAIRS = 1 << 22;

const themeCount = (ix: AnalyticsIndex, p: number) =>
  (ix.reviewThemes.offsets[p + 1] as number) - (ix.reviewThemes.offsets[p] as number);

/**
 * Curriculum modules: themes (all, or `themeIds`) raised by at least `minReviews` reviews in
 * scope (by links whose evidence is in `ev`), most first then by name, at most `maxModules`; each
 * with its reviews (newest first), years, briefings, the `related` themes most often raised by the
 * same reviews (by links of the same evidence) and the findings about it.
 */
export function curriculumModules(
  ix: AnalyticsIndex,
  scope: {
    themeIds: readonly string[] | null;
    minReviews: number;
    maxModules: number | null;
    related: number;
  },
  mask: ReviewMask,
  ev: number,
): IndexModule[] {
  const codes =
    scope.themeIds === null
      ? ix.themeIds.map((_, t) => t)
      : [...new Set(scope.themeIds.map((id) => ix.themeCodes.get(id)))].filter(
          (t): t is number => t !== undefined,
        );
  const modules: { t: number; ps: number[] }[] = [];
  for (const t of codes) {
    const ps = matching(ix, t, mask, ev);
    if (ps.length >= scope.minReviews && ps.length > 0) modules.push({ t, ps });
  }
  modules.sort((a, b) => b.ps.length - a.ps.length || a.t - b.t);
  const kept = modules.slice(0, scope.maxModules ?? modules.length);
  return kept.map(({ t, ps }) => {
    const together = new Map<number, number>();
    for (const p of ps) {
      for (const o of themesOf(ix, p, ev)) {
        if (o !== t) together.set(o, (together.get(o) ?? 0) + 1);
      }
    }
    const related = [...together.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, scope.related)
      .map(([o]) => ix.themeIds[o] as string);
    const years = [...new Set(ps.map((p) => ix.year[p] as number).filter((y) => y !== 0))].sort(
      (a, b) => a - b,
    );
    const findingIds: string[] = [];
    const { offsets, values } = ix.findingThemes;
    for (const p of ps) {
      for (let j = offsets[p] as number; j < (offsets[p + 1] as number); j++) {
        if (values[j] === t) findingIds.push(ix.findingIds[j] as string);
      }
    }
    return {
      themeId: ix.themeIds[t] as string,
      reviewIds: ps.map((p) => ix.reviewIds[p] as string),
      years,
      briefingIds: [...(ix.briefingIds[t] ?? [])],
      relatedThemeIds: related,
      findingIds,
    };
  });
}

/**
 * The reviews passing `mask` in the API's newest-first order (`ReviewOrder.PUBLISHED_DESC`, the
 * order of positions): how many, and the ids of those from `skip` to `skip + limit`.
 */
export function reviewPage(
  ix: AnalyticsIndex,
  mask: ReviewMask,
  skip: number,
  limit: number,
): { totalCount: number; ids: string[] } {
  const ids: string[] = [];
  let totalCount = 0;
  for (let p = 0; p < ix.size; p++) {
    if (!passes(mask, p)) continue;
    if (totalCount >= skip && ids.length < limit) ids.push(ix.reviewIds[p] as string);
    totalCount += 1;
  }
  return { totalCount, ids };
}
