// A ReviewFilter evaluated on the analytics index: the same conditions as its Cypher, as a mask.
import type { CypherFilter } from '../../shared/pagination';
import type { AnalyticsIndex } from './analytics-index';
import { dayNumber } from './analytics-index';

/** Which review positions pass (1) or not (0); null when every review passes. */
export type ReviewMask = Uint8Array | null;

/**
 * The compiled parameters `reviewMask` knows how to evaluate. A filter compiled with any other
 * `rf_` parameter (a ReviewFilter field added since) is not evaluated on the index at all: the
 * caller answers it from Cypher, so a new filter field is never silently ignored.
 */
const KNOWN_PARAMS = new Set([
  'rf_year',
  'rf_fromYear',
  'rf_toYear',
  'rf_from',
  'rf_to',
  'rf_kinds',
  'rf_partnershipIds',
  'rf_themeIds',
  'rf_agencyIds',
  'rf_synthetic',
]);

/** True when the index can evaluate every condition of `f` (see `KNOWN_PARAMS`). */
export function indexCanEvaluate({ params }: CypherFilter): boolean {
  return Object.keys(params).every((k) => !k.startsWith('rf_') || KNOWN_PARAMS.has(k));
}

const list = (v: unknown): readonly string[] | null =>
  Array.isArray(v) && v.length > 0 ? (v as string[]) : null;

/**
 * Evaluates a review filter compiled by `reviewFilterCypher` (plus an optional audience sector:
 * the review involved an agency of it, or names it as involved) on the index; check
 * `indexCanEvaluate` first. It reads the compiled parameters, so
 * validation and the choice of conditions (whole years on publishedYear, other bounds on
 * publishedSort) are the Cypher path's own: both paths interpret a filter identically.
 */
export function reviewMask(
  ix: AnalyticsIndex,
  { params }: CypherFilter,
  sector: string | null = null,
): ReviewMask {
  const n = ix.size;
  // Cheap typed-array conditions narrow the mask first, each in a loop of its own; the list
  // conditions (partnerships, themes, agencies, sector) then look only at what is left. Every
  // loop runs over [first, last]: the positions that can still pass (a date condition bounds
  // them by the years' spans, and each narrowing shrinks them to its own first and last pass).
  let mask: Uint8Array | null = null;
  let first = 0;
  let last = n - 1;
  const narrow = (keep: (p: number) => boolean, lo = first, hi = last) => {
    let a = n;
    let b = -1;
    if (mask === null) {
      mask = new Uint8Array(n);
      for (let p = lo; p <= hi; p++) {
        if (keep(p)) {
          mask[p] = 1;
          if (p < a) a = p;
          b = p;
        }
      }
    } else {
      for (let p = first; p <= last; p++) {
        if (mask[p] !== 1) continue;
        if (!keep(p)) mask[p] = 0;
        else {
          if (p < a) a = p;
          b = p;
        }
      }
    }
    first = a;
    last = b;
  };
  /** Keeps reviews whose value is known (not 0) and within [lo, hi], looking only in `span`. */
  const within = (values: Int32Array, lo: number, hi: number, span: readonly [number, number]) =>
    narrow(
      (p) => {
        const v = values[p] as number;
        return v !== 0 && v >= lo && v <= hi;
      },
      Math.max(first, span[0]),
      Math.min(last, span[1]),
    );

  const yearEq = params.rf_year as number | undefined;
  const fromYear = params.rf_fromYear as number | undefined;
  const toYear = params.rf_toYear as number | undefined;
  const from = params.rf_from === undefined ? undefined : dayNumber(params.rf_from as string);
  const to = params.rf_to === undefined ? undefined : dayNumber(params.rf_to as string);
  if (yearEq !== undefined) within(ix.year, yearEq, yearEq, ix.yearSpan(yearEq, yearEq));
  if (fromYear !== undefined || toYear !== undefined) {
    const [lo, hi] = [fromYear ?? -Infinity, toYear ?? Infinity];
    within(ix.year, lo, hi, ix.yearSpan(lo, hi));
  }
  if (from !== undefined || to !== undefined) {
    const [lo, hi] = [from ?? -Infinity, to ?? Infinity];
    within(ix.day, lo, hi, ix.daySpan(lo, hi));
  }

  const kinds = list(params.rf_kinds);
  if (kinds) {
    const allowed = new Uint8Array(256);
    for (const k of kinds) {
      const c = ix.kinds.indexOf(k);
      if (c >= 0) allowed[c] = 1;
    }
    narrow((p) => allowed[ix.kind[p] as number] === 1);
  }
  const synthetic = params.rf_synthetic as boolean | undefined;
  if (synthetic !== undefined) {
    const want = synthetic ? 1 : 0;
    narrow((p) => ix.synthetic[p] === want);
  }
  const partnerships = list(params.rf_partnershipIds);
  if (partnerships) {
    const codes = codeSet(ix.partnershipCodes, partnerships);
    narrow((p) => anyIn(ix.partnerships.offsets, ix.partnerships.values, p, codes));
  }
  const themes = list(params.rf_themeIds);
  if (themes) {
    const codes = codeSet(ix.themeCodes, themes);
    narrow((p) => anyIn(ix.reviewThemes.offsets, ix.reviewThemes.values, p, codes));
  }
  const agencies = list(params.rf_agencyIds);
  if (agencies) {
    const codes = codeSet(ix.agencyCodes, agencies);
    narrow((p) => anyIn(ix.agencies.offsets, ix.agencies.values, p, codes));
  }
  if (sector !== null) {
    const codes = codeSet(ix.sectorCodes, [sector]);
    narrow((p) => anyIn(ix.sectors.offsets, ix.sectors.values, p, codes));
  }
  if (mask !== null) spans.set(mask, [first, last]);
  return mask;
}

/** The first and last position a mask made by `reviewMask` lets pass ([0, -1] when none does). */
const spans = new WeakMap<Uint8Array, readonly [number, number]>();

/**
 * The positions `mask` can let pass, as [first, last]: exact for a mask made by `reviewMask`,
 * every position for any other (or for null, every review passing).
 */
export function maskSpan(ix: AnalyticsIndex, mask: ReviewMask): readonly [number, number] {
  return (mask && spans.get(mask)) ?? [0, ix.size - 1];
}

function codeSet(codes: ReadonlyMap<string, number>, ids: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const id of ids) {
    const c = codes.get(id);
    if (c !== undefined) out.add(c);
  }
  return out;
}

function anyIn(offsets: Uint32Array, values: Uint32Array, p: number, codes: Set<number>): boolean {
  for (let j = offsets[p] as number; j < (offsets[p + 1] as number); j++) {
    if (codes.has(values[j] as number)) return true;
  }
  return false;
}
